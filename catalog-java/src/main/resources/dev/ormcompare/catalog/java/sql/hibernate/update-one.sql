select a1_0.id,a1_0.email,a1_0.name from authors a1_0 where a1_0.id=?;
update authors set email=?,name=? where id=?;
