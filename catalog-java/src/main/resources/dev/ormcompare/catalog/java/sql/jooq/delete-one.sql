delete from "posts" where "posts"."id" = cast(? as bigint);
