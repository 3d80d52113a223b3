select min("posts"."views"), max("posts"."views") from "posts";
