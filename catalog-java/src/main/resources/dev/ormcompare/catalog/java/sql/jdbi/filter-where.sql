SELECT * FROM posts WHERE published = ?;
