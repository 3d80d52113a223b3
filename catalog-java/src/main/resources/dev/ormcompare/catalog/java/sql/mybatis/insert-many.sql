INSERT INTO authors (name, email) VALUES (?, ?) , (?, ?) , (?, ?);
