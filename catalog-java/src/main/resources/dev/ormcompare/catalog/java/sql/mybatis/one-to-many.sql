SELECT a.*, p.id AS post_id, p.title AS post_title, p.views AS post_views FROM authors a LEFT JOIN posts p ON p.author_id = a.id ORDER BY a.id, p.id;
