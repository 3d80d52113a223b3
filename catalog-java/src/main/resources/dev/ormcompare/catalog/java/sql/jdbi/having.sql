SELECT a.name FROM posts p JOIN authors a ON a.id = p.author_id GROUP BY a.name HAVING SUM(p.views) > ?;
