select * from "posts" where "posts"."views" > (select avg("posts"."views") from "posts");
