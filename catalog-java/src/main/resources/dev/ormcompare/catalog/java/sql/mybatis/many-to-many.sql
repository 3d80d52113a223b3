SELECT p.*, t.name AS tag FROM posts p LEFT JOIN post_tags pt ON pt.post_id = p.id LEFT JOIN tags t ON t.id = pt.tag_id WHERE p.id = ? ORDER BY t.name;
