SELECT COUNT(*) FROM posts WHERE published;
