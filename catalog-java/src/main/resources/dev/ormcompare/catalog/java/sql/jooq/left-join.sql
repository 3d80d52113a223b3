select "posts"."title", "authors"."name" from "authors" left outer join "posts" on "posts"."author_id" = "authors"."id" order by "authors"."id", "posts"."id";
