-- Create, read, update, delete in plain SQL; `?` marks a value the client binds.

-- tag::insert-one[]
INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com');
-- end::insert-one[]

-- tag::insert-many[]
INSERT INTO authors (name, email) VALUES
    ('Ada Lovelace', 'ada@example.com'),
    ('Grace Hopper', 'grace@example.com'),
    ('Alan Turing', 'alan@example.com');
-- end::insert-many[]

-- tag::fetch-by-pk[]
SELECT id, name, email FROM authors WHERE id = ?;
-- end::fetch-by-pk[]

-- tag::fetch-first-match[]
SELECT id, title, views FROM posts WHERE published ORDER BY views DESC LIMIT 1;
-- end::fetch-first-match[]

-- tag::update-one[]
UPDATE authors SET name = 'Ada King' WHERE id = ?;
-- end::update-one[]

-- tag::update-many[]
UPDATE posts SET published = TRUE WHERE views >= 50;
-- end::update-many[]

-- tag::upsert[]
MERGE INTO authors a
USING (VALUES ('Ada King', 'ada@example.com')) AS v (name, email)
ON a.email = v.email
WHEN MATCHED THEN UPDATE SET name = v.name
WHEN NOT MATCHED THEN INSERT (name, email) VALUES (v.name, v.email);
-- end::upsert[]

-- tag::delete-one[]
DELETE FROM posts WHERE id = ?;
-- end::delete-one[]

-- tag::delete-many[]
DELETE FROM posts WHERE NOT published AND views < 20;
-- end::delete-many[]

-- tag::atomic-increment[]
UPDATE posts SET views = views + 1 WHERE id = ?;
-- end::atomic-increment[]
