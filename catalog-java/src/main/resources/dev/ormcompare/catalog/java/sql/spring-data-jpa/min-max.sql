select min(p1_0.views),max(p1_0.views) from posts p1_0;
