SELECT AVG(views) FROM posts WHERE published;
