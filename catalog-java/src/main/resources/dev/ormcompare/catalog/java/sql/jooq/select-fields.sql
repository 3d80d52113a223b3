select "posts"."title", "posts"."views" from "posts" order by "posts"."id";
