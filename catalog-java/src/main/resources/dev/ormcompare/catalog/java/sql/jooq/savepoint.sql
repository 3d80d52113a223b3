insert into "authors" ("name", "email") values (?, ?);
insert into "authors" ("name", "email") values (?, ?);
