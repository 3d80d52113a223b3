select exists(select a1_0.id from authors a1_0 where a1_0.email=?);
