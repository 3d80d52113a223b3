SELECT * FROM posts WHERE views > (SELECT AVG(views) FROM posts);
