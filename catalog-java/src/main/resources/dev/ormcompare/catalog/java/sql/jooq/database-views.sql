select * from "author_stats" order by "author_stats"."post_count" desc, "author_stats"."name";
