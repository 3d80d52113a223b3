MERGE INTO authors a USING (VALUES (?, ?)) AS v (name, email) ON a.email = v.email WHEN MATCHED THEN UPDATE SET name = v.name WHEN NOT MATCHED THEN INSERT (name, email) VALUES (v.name, v.email);
