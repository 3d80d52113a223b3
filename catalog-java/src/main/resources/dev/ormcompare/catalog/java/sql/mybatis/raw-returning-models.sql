SELECT * FROM posts WHERE published ORDER BY id;
