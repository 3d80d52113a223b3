select distinct a1_0.name from posts p1_0 join authors a1_0 on a1_0.id=p1_0.author_id;
