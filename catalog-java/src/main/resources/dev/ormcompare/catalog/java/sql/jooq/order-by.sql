select * from "posts" order by "posts"."views" desc, "posts"."title";
