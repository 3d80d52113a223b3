-- Aggregates in plain SQL.

-- tag::sum[]
SELECT SUM(views) FROM posts;
-- end::sum[]

-- tag::avg[]
SELECT AVG(views) FROM posts WHERE published;
-- end::avg[]

-- tag::min-max[]
SELECT MIN(views) AS min_views, MAX(views) AS max_views FROM posts;
-- end::min-max[]

-- tag::group-by[]
SELECT published, COUNT(*) AS posts
FROM posts
GROUP BY published
ORDER BY published;
-- end::group-by[]

-- tag::having[]
SELECT a.name
FROM posts p
JOIN authors a ON a.id = p.author_id
GROUP BY a.name
HAVING SUM(p.views) > 100;
-- end::having[]

-- tag::subquery[]
SELECT id, title FROM posts
WHERE views > (SELECT AVG(views) FROM posts);
-- end::subquery[]
