SELECT a.name, SUM(p.views) AS total FROM posts p JOIN authors a ON a.id = p.author_id GROUP BY a.name ORDER BY a.name;
