SELECT p.title, a.name FROM authors a LEFT JOIN posts p ON p.author_id = a.id ORDER BY a.id, p.id;
