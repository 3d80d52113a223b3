SELECT p.* FROM posts p JOIN authors a ON a.id = p.author_id WHERE a.email = ?;
