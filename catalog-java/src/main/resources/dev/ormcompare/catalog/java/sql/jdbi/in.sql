SELECT * FROM posts WHERE id IN (?,?);
