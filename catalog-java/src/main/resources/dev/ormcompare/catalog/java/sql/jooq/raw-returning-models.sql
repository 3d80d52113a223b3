SELECT id, title, views FROM posts WHERE published ORDER BY id;
