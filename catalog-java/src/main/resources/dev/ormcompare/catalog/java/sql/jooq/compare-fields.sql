select * from "posts" where "posts"."likes" > "posts"."views";
