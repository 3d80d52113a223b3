-- Queries over one table in plain SQL; `?` marks a value the client binds.

-- tag::filter-where[]
SELECT id, title FROM posts WHERE published = TRUE;
-- end::filter-where[]

-- tag::order-by[]
SELECT id, title FROM posts ORDER BY views DESC, title;
-- end::order-by[]

-- tag::select-fields[]
SELECT title, views FROM posts ORDER BY id;
-- end::select-fields[]

-- tag::limit-offset[]
SELECT id, title FROM posts ORDER BY id LIMIT 2 OFFSET 1;
-- end::limit-offset[]

-- tag::count[]
SELECT COUNT(*) FROM posts WHERE published;
-- end::count[]

-- tag::and-or[]
SELECT id, title FROM posts
WHERE published AND (views >= 100 OR likes >= 50);
-- end::and-or[]

-- tag::like-contains[]
SELECT id, title FROM posts WHERE LOWER(title) LIKE '%sql%';
-- end::like-contains[]

-- tag::comparison[]
SELECT id, title FROM posts WHERE views BETWEEN 10 AND 100 AND likes > 5;
-- end::comparison[]

-- tag::in[]
SELECT id, title FROM posts WHERE id IN (1, 3);
-- end::in[]

-- tag::distinct[]
SELECT DISTINCT a.name FROM posts p JOIN authors a ON a.id = p.author_id;
-- end::distinct[]

-- tag::exists[]
SELECT EXISTS (SELECT 1 FROM authors WHERE email = 'ada@example.com');
-- end::exists[]

-- tag::compare-fields[]
SELECT id, title FROM posts WHERE likes > views;
-- end::compare-fields[]
