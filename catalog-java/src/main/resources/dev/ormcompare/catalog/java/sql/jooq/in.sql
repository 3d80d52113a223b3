select * from "posts" where "posts"."id" in (cast(? as bigint), cast(? as bigint));
