delete from post_tags to_delete_ where to_delete_.post_id in (select p1_0.id from posts p1_0 where not(p1_0.published) and p1_0.views<?);
delete from posts p1_0 where not(p1_0.published) and p1_0.views<?;
