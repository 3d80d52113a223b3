delete from "posts" where ("posts"."published" = false and "posts"."views" < cast(? as int));
