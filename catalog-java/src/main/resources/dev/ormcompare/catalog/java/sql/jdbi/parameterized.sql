SELECT title, views FROM posts WHERE author_id = ? AND views > ?;
