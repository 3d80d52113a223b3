select "posts"."title", rank() over (partition by "posts"."author_id" order by "posts"."views" desc) from "posts" order by "posts"."id";
