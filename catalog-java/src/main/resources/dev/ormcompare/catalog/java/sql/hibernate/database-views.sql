select as1_0.author_id,as1_0.name,as1_0.post_count from author_stats as1_0 order by as1_0.post_count desc,as1_0.name;
