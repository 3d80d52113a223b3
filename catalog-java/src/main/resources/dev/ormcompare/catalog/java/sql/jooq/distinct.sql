select distinct "authors"."name" from "posts" join "authors" on "authors"."id" = "posts"."author_id";
