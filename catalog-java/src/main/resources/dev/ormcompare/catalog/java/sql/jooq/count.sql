select count(*) from "posts" where "posts"."published" = true;
