select "child"."name", "parent"."name" from "categories" "child" left outer join "categories" "parent" on "child"."parent_id" = "parent"."id" order by "child"."id";
