select * from "authors" where "authors"."id" = cast(? as bigint);
