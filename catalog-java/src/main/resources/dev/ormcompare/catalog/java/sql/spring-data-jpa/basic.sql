insert into authors (email,name,id) values (?,?,default);
insert into posts (author_id,body,category_id,likes,published,published_on,rating,title,views,id) values (?,?,?,?,?,?,?,?,?,default);
