SELECT a.*, p.id AS profile_id, p.bio AS profile_bio FROM authors a LEFT JOIN profiles p ON p.author_id = a.id ORDER BY a.id;
