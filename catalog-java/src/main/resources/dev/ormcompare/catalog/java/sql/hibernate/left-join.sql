select p1_0.title,a1_0.name from authors a1_0 left join posts p1_0 on a1_0.id=p1_0.author_id order by a1_0.id,p1_0.id;
