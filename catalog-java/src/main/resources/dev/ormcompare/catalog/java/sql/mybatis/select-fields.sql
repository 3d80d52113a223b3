SELECT title, views FROM posts ORDER BY id;
