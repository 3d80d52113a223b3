select "posts"."title" from "posts" join "authors" on "authors"."id" = "posts"."author_id" where "authors"."email" = cast(? as varchar(255));
