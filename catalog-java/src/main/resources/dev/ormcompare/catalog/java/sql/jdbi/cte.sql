WITH totals AS (SELECT author_id, SUM(views) AS views FROM posts GROUP BY author_id) SELECT a.name, t.views FROM authors a JOIN totals t ON t.author_id = a.id ORDER BY t.views DESC;
