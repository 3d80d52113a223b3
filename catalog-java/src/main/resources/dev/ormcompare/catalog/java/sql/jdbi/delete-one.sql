DELETE FROM posts WHERE id = ?;
