select "posts"."title", "authors"."name" "nested.name", "authors"."email" "nested.email" from "posts" join "authors" on "authors"."id" = "posts"."author_id" order by "posts"."id";
