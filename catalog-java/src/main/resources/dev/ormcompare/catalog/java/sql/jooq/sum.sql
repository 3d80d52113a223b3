select sum("posts"."views") from "posts";
