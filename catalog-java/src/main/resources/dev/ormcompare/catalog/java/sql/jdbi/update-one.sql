UPDATE authors SET name = ? WHERE id = ?;
