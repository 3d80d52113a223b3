SELECT DISTINCT a.name FROM posts p JOIN authors a ON a.id = p.author_id;
