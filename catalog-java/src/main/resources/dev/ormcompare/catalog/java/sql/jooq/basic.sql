select "id" from final table (insert into "authors" ("name", "email") values (?, ?)) "authors";
insert into "posts" ("author_id", "title") values (?, ?);
