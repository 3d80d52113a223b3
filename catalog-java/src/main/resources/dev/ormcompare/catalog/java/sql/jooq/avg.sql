select avg("posts"."views") from "posts" where "posts"."published" = true;
