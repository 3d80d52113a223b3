select * from "posts" where ("posts"."views" between cast(? as int) and cast(? as int) and "posts"."likes" > cast(? as int));
