select "posts"."title", "authors"."name" from "posts" join "authors" on "authors"."id" = "posts"."author_id" order by "posts"."id";
