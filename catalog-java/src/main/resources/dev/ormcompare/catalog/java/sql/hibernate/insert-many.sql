insert into authors (email,name,id) values (?,?,default);
insert into authors (email,name,id) values (?,?,default);
insert into authors (email,name,id) values (?,?,default);
