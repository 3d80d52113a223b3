SELECT SUM(views) FROM posts;
