SELECT a.name, p.bio FROM authors a LEFT JOIN profiles p ON p.author_id = a.id ORDER BY a.id;
