SELECT c.id, c.name, parent.id AS parent_id, parent.name AS parent_name FROM categories c LEFT JOIN categories parent ON parent.id = c.parent_id ORDER BY c.id;
