select * from "posts" order by "posts"."id" offset ? rows fetch next ? rows only;
