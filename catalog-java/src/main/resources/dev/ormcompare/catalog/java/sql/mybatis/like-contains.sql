SELECT * FROM posts WHERE LOWER(title) LIKE '%' || LOWER(?) || '%';
