SELECT * FROM authors a WHERE EXISTS (SELECT 1 FROM posts p WHERE p.author_id = a.id AND p.published);
