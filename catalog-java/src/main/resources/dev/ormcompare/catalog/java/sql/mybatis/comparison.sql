SELECT * FROM posts WHERE views BETWEEN ? AND ? AND likes > ?;
