SELECT title, RANK() OVER (PARTITION BY author_id ORDER BY views DESC) AS rank FROM posts ORDER BY id;
