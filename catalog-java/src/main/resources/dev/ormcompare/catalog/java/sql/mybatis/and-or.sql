SELECT * FROM posts WHERE published AND (views >= ? OR likes >= ?);
