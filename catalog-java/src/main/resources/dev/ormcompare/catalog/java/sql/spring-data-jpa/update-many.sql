update posts p1_0 set published=true where p1_0.views>=?;
