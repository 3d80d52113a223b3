INSERT INTO authors (name, email) VALUES (?, ?);
INSERT INTO posts (author_id, title) VALUES (?, ?);
