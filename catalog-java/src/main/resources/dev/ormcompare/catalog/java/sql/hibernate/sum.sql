select sum(p1_0.views) from posts p1_0;
