select p1_0.title,rank() over(partition by p1_0.author_id order by p1_0.views desc) from posts p1_0 order by p1_0.id;
