select "authors"."name", "profiles"."bio" from "authors" left outer join "profiles" on "profiles"."author_id" = "authors"."id" order by "authors"."id";
