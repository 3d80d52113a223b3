select p1_0.published c0,count(*) c1 from posts p1_0 group by c0 order by 1;
