update "authors" set "authors"."name" = ? where "authors"."id" = cast(? as bigint);
