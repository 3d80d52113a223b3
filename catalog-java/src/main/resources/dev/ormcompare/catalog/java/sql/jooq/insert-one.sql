select "id" from final table (insert into "authors" ("name", "email") values (?, ?)) "authors";
