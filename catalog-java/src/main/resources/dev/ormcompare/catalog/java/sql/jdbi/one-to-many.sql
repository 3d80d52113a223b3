SELECT a.id, a.name, p.title FROM authors a LEFT JOIN posts p ON p.author_id = a.id ORDER BY a.id, p.id;
