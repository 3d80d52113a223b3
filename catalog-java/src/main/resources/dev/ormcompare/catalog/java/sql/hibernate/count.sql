select count(*) from posts p1_0 where p1_0.published;
