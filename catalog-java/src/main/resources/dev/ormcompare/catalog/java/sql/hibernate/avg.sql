select avg(cast(p1_0.views as float(53))) from posts p1_0 where p1_0.published;
