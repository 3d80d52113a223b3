select "posts"."published", count(*) from "posts" group by "posts"."published" order by "posts"."published";
