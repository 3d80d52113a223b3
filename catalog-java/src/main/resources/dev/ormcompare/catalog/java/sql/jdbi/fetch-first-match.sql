SELECT * FROM posts WHERE published ORDER BY views DESC LIMIT 1;
