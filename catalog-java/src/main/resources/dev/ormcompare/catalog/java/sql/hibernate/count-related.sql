select a1_0.name,count(p1_0.id) from authors a1_0 left join posts p1_0 on a1_0.id=p1_0.author_id group by a1_0.id,a1_0.name order by a1_0.id;
