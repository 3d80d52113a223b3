update "posts" set "posts"."published" = ? where "posts"."views" >= cast(? as int);
