update "posts" set "posts"."views" = ("posts"."views" + cast(? as int)) where "posts"."id" = cast(? as bigint);
