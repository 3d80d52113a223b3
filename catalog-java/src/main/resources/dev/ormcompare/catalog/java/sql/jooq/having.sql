select "authors"."name" from "posts" join "authors" on "authors"."id" = "posts"."author_id" group by "authors"."name" having sum("posts"."views") > cast(? as numeric(3));
