SELECT title, RANK() OVER (PARTITION BY author_id ORDER BY views DESC) FROM posts ORDER BY id;
