SELECT p.title, a.name FROM posts p INNER JOIN authors a ON a.id = p.author_id ORDER BY p.id;
