select * from "authors" where exists (select 1 "one" from "posts" where ("posts"."author_id" = "authors"."id" and "posts"."published" = true));
