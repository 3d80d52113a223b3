SELECT * FROM authors WHERE id = ?;
