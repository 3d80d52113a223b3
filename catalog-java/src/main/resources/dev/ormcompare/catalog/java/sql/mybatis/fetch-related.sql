SELECT p.*, a.id AS a_id, a.name AS a_name, a.email AS a_email FROM posts p JOIN authors a ON a.id = p.author_id ORDER BY p.id;
