select p1_0.id,p1_0.author_id,p1_0.body,p1_0.category_id,p1_0.likes,p1_0.published,p1_0.published_on,p1_0.rating,p1_0.title,p1_0.views from posts p1_0 where p1_0.published=true;
