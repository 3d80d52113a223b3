select "authors"."name", count("posts"."id") from "authors" left outer join "posts" on "posts"."author_id" = "authors"."id" group by "authors"."id", "authors"."name" order by "authors"."id";
