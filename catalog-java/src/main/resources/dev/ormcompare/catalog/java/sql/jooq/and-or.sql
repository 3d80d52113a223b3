select * from "posts" where ("posts"."published" = true and ("posts"."views" >= cast(? as int) or "posts"."likes" >= cast(? as int)));
