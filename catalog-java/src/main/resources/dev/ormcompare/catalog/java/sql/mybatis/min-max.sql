SELECT MIN(views) AS min, MAX(views) AS max FROM posts;
