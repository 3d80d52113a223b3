-- Raw statements, window functions, CTEs, views and the catalog, in plain SQL.

-- tag::execute-raw[]
UPDATE posts SET views = 0 WHERE NOT published;
-- end::execute-raw[]

-- tag::parameterized[]
SELECT title, views FROM posts WHERE author_id = ? AND views > ?;
-- end::parameterized[]

-- tag::window-functions[]
SELECT title,
       RANK() OVER (PARTITION BY author_id ORDER BY views DESC) AS author_rank
FROM posts
ORDER BY id;
-- end::window-functions[]

-- tag::cte[]
WITH totals AS (
    SELECT author_id, SUM(views) AS views FROM posts GROUP BY author_id
)
SELECT a.name, t.views
FROM authors a
JOIN totals t ON t.author_id = a.id
ORDER BY t.views DESC;
-- end::cte[]

-- tag::database-views[]
SELECT author_id, name, post_count FROM author_stats ORDER BY post_count DESC, name;
-- end::database-views[]

-- tag::introspect[]
SELECT column_name, data_type, is_nullable
FROM information_schema.columns
WHERE table_name = 'posts'
ORDER BY ordinal_position;
-- end::introspect[]
