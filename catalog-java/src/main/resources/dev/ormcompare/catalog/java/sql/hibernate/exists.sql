select a1_0.id,a1_0.email,a1_0.name from authors a1_0 where exists(select p1_0.id from posts p1_0 where p1_0.author_id=a1_0.id and p1_0.published);
