SELECT a.name, COUNT(p.id) FROM authors a LEFT JOIN posts p ON p.author_id = a.id GROUP BY a.id, a.name ORDER BY a.id;
