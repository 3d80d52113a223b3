SELECT MIN(views) AS low, MAX(views) AS high FROM posts;
