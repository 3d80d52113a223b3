SELECT published, COUNT(*) AS posts FROM posts GROUP BY published ORDER BY published;
