UPDATE posts SET published = TRUE WHERE views >= ?;
