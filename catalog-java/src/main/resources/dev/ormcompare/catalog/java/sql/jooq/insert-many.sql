insert into "authors" ("name", "email") values (?, ?), (?, ?), (?, ?);
