select "authors"."name", sum("posts"."views") from "posts" join "authors" on "authors"."id" = "posts"."author_id" group by "authors"."name" order by "authors"."name";
