select * from "posts" where "posts"."published" = cast(? as boolean);
