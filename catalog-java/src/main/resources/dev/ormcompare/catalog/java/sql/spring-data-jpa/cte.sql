WITH totals AS (SELECT author_id, SUM(views) AS total FROM posts GROUP BY author_id) SELECT a.name AS name, t.total AS total FROM authors a JOIN totals t ON t.author_id = a.id ORDER BY t.total DESC;
