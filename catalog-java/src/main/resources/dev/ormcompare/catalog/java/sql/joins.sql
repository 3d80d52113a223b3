-- Queries across tables in plain SQL; `?` marks a value the client binds.

-- tag::fetch-related[]
SELECT p.id, p.title, a.id AS author_id, a.name AS author_name
FROM posts p
JOIN authors a ON a.id = p.author_id
ORDER BY p.id;
-- end::fetch-related[]

-- tag::filter-by-related[]
SELECT p.id, p.title
FROM posts p
JOIN authors a ON a.id = p.author_id
WHERE a.email = 'ada@example.com';
-- end::filter-by-related[]

-- tag::inner-join[]
SELECT p.title, a.name
FROM posts p
INNER JOIN authors a ON a.id = p.author_id
ORDER BY p.id;
-- end::inner-join[]

-- tag::left-join[]
SELECT a.name, p.title
FROM authors a
LEFT JOIN posts p ON p.author_id = a.id
ORDER BY a.id, p.id;
-- end::left-join[]

-- tag::nested-relations[]
SELECT a.name, p.title, t.name AS tag
FROM authors a
LEFT JOIN posts p ON p.author_id = a.id
LEFT JOIN post_tags pt ON pt.post_id = p.id
LEFT JOIN tags t ON t.id = pt.tag_id
ORDER BY a.id, p.id, t.name;
-- end::nested-relations[]

-- tag::aggregate-group-by[]
SELECT a.name, SUM(p.views) AS views
FROM posts p
JOIN authors a ON a.id = p.author_id
GROUP BY a.name
ORDER BY a.name;
-- end::aggregate-group-by[]

-- tag::count-related[]
SELECT a.name, COUNT(p.id) AS posts
FROM authors a
LEFT JOIN posts p ON p.author_id = a.id
GROUP BY a.id, a.name
ORDER BY a.id;
-- end::count-related[]
