select p1_0.published,count(*) from posts p1_0 group by p1_0.published order by p1_0.published;
