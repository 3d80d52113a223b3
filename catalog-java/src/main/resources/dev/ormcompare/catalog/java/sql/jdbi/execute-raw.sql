UPDATE posts SET views = 0 WHERE NOT published;
