SELECT * FROM posts ORDER BY views DESC, title;
