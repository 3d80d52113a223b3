select count(p1_0.id) from posts p1_0 where p1_0.published=true;
