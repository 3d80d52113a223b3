select p1_0.title,a1_0.name from posts p1_0 join authors a1_0 on a1_0.id=p1_0.author_id order by p1_0.id;
