SELECT c.name, parent.name AS parent FROM categories c LEFT JOIN categories parent ON parent.id = c.parent_id ORDER BY c.id;
