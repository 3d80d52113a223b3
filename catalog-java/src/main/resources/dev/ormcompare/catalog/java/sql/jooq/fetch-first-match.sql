select * from "posts" where "posts"."published" = true order by "posts"."views" desc fetch next ? rows only;
