DELETE FROM posts WHERE NOT published AND views < ?;
