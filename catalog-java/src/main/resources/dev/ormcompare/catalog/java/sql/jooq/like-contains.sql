select * from "posts" where "posts"."title" ilike (('%' || replace(replace(replace(cast(? as varchar(200)), '!', '!!'), '%', '!%'), '_', '!_')) || '%') escape '!';
