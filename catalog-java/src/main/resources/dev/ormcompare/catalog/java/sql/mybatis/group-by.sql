SELECT published, COUNT(*) FROM posts GROUP BY published ORDER BY published;
