INSERT INTO authors (name, email) VALUES (?, ?);
INSERT INTO authors (name, email) VALUES (?, ?);
