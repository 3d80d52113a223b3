SELECT * FROM author_stats ORDER BY post_count DESC, name;
