select p1_0.title,p1_0.views from posts p1_0 order by p1_0.id;
