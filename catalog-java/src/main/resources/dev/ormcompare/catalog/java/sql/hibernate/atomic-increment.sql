update posts p1_0 set views=(p1_0.views+1) where p1_0.id=?;
