SELECT * FROM posts WHERE likes > views;
