insert into authors (email,name,id) values (?,?,default);
