select "tags"."name" from "tags" join "post_tags" on "post_tags"."tag_id" = "tags"."id" where "post_tags"."post_id" = cast(? as bigint) order by "tags"."name";
