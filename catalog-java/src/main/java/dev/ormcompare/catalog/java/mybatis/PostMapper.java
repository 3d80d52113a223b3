package dev.ormcompare.catalog.java.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Statements on {@code posts}: SQL in annotations, dynamic SQL and join result maps in PostMapper.xml. Rows that
 * are not a whole post come back as records, filled through their constructor in column order.
 */
public interface PostMapper {

    record TitleAndViews(String title, int views) {
    }

    record TitleAndAuthor(String title, String author) {
    }

    record AuthorTotal(String name, long total) {
    }

    record Range(int min, int max) {
    }

    record Group(boolean published, long posts) {
    }

    record Ranked(String title, long rank) {
    }

    record AuthorStats(long authorId, String name, long postCount) {
    }

    @Insert("INSERT INTO posts (author_id, title) VALUES (#{authorId}, #{title})")
    int insert(long authorId, String title);

    // tag::fetch-first-match[]
    @Select("SELECT * FROM posts WHERE published ORDER BY views DESC LIMIT 1")
    Post findMostViewedPublished();   // null when there is none
    // end::fetch-first-match[]

    // tag::update-many[]
    @Update("UPDATE posts SET published = TRUE WHERE views >= #{views}")
    int publishWithViewsAtLeast(int views);
    // end::update-many[]

    // tag::delete-one[]
    @Delete("DELETE FROM posts WHERE id = #{id}")
    int deleteById(long id);
    // end::delete-one[]

    // tag::delete-many[]
    @Delete("DELETE FROM posts WHERE NOT published AND views < #{views}")
    int deleteUnpublishedBelow(int views);
    // end::delete-many[]

    // tag::atomic-increment[]
    @Update("UPDATE posts SET views = views + 1 WHERE id = #{id}")
    int incrementViews(long id);
    // end::atomic-increment[]

    // tag::filter-where[]
    List<Post> find(Boolean published, Long authorId);   // <where> in PostMapper.xml skips null filters
    // end::filter-where[]

    // tag::order-by[]
    @Select("SELECT * FROM posts ORDER BY views DESC, title")
    List<Post> findAllByPopularity();
    // end::order-by[]

    // tag::select-fields[]
    @Select("SELECT title, views FROM posts ORDER BY id")
    List<TitleAndViews> findTitlesAndViews();
    // end::select-fields[]

    // tag::limit-offset[]
    @Select("SELECT * FROM posts ORDER BY id LIMIT #{limit} OFFSET #{offset}")
    List<Post> findPage(int limit, int offset);
    // end::limit-offset[]

    // tag::count[]
    @Select("SELECT COUNT(*) FROM posts WHERE published")
    long countPublished();
    // end::count[]

    // tag::and-or[]
    @Select("SELECT * FROM posts WHERE published AND (views >= #{views} OR likes >= #{likes})")
    List<Post> findPublishedAndPopular(int views, int likes);
    // end::and-or[]

    // tag::like-contains[]
    @Select("SELECT * FROM posts WHERE LOWER(title) LIKE '%' || LOWER(#{text}) || '%'")
    List<Post> findByTitleContaining(String text);
    // end::like-contains[]

    // tag::comparison[]
    @Select("SELECT * FROM posts WHERE views BETWEEN #{low} AND #{high} AND likes > #{likes}")
    List<Post> findByViewsBetweenAndLikesAbove(int low, int high, int likes);
    // end::comparison[]

    // tag::in[]
    List<Post> findByIds(List<Long> ids);   // <foreach> in PostMapper.xml
    // end::in[]

    // tag::distinct[]
    @Select("SELECT DISTINCT a.name FROM posts p JOIN authors a ON a.id = p.author_id")
    List<String> findAuthorNames();
    // end::distinct[]

    // tag::compare-fields[]
    @Select("SELECT * FROM posts WHERE likes > views")
    List<Post> findLikedMoreThanViewed();
    // end::compare-fields[]

    // tag::many-to-many[]
    Post findWithTags(long id);   // result map "postWithTags" in PostMapper.xml
    // end::many-to-many[]

    // tag::fetch-related[]
    List<Post> findAllWithAuthor();   // result map "postWithAuthor" in PostMapper.xml
    // end::fetch-related[]

    // tag::filter-by-related[]
    @Select("SELECT p.* FROM posts p JOIN authors a ON a.id = p.author_id WHERE a.email = #{email}")
    List<Post> findByAuthorEmail(String email);
    // end::filter-by-related[]

    // tag::inner-join[]
    @Select("SELECT p.title, a.name FROM posts p JOIN authors a ON a.id = p.author_id ORDER BY p.id")
    List<TitleAndAuthor> findTitlesWithAuthor();
    // end::inner-join[]

    // tag::left-join[]
    @Select("SELECT p.title, a.name FROM authors a LEFT JOIN posts p ON p.author_id = a.id ORDER BY a.id, p.id")
    List<TitleAndAuthor> findAuthorsWithTitles();   // an author without posts comes with a null title
    // end::left-join[]

    // tag::aggregate-group-by[]
    @Select("""
            SELECT a.name, SUM(p.views) FROM posts p JOIN authors a ON a.id = p.author_id
            GROUP BY a.name ORDER BY a.name""")
    List<AuthorTotal> sumViewsByAuthor();
    // end::aggregate-group-by[]

    // tag::count-related[]
    @Select("""
            SELECT a.name, COUNT(p.id) FROM authors a LEFT JOIN posts p ON p.author_id = a.id
            GROUP BY a.id, a.name ORDER BY a.id""")
    List<AuthorTotal> countPostsByAuthor();
    // end::count-related[]

    // tag::sum[]
    @Select("SELECT SUM(views) FROM posts")
    long sumViews();
    // end::sum[]

    // tag::avg[]
    @Select("SELECT AVG(views) FROM posts WHERE published")
    double averagePublishedViews();
    // end::avg[]

    // tag::min-max[]
    @Select("SELECT MIN(views) AS min, MAX(views) AS max FROM posts")
    Range viewsRange();
    // end::min-max[]

    // tag::group-by[]
    @Select("SELECT published, COUNT(*) FROM posts GROUP BY published ORDER BY published")
    List<Group> countByPublished();
    // end::group-by[]

    // tag::having[]
    @Select("""
            SELECT a.name FROM posts p JOIN authors a ON a.id = p.author_id
            GROUP BY a.name HAVING SUM(p.views) > #{views}""")
    List<String> findAuthorsWithViewsAbove(int views);
    // end::having[]

    // tag::subquery[]
    @Select("SELECT * FROM posts WHERE views > (SELECT AVG(views) FROM posts)")
    List<Post> findAboveAverageViews();
    // end::subquery[]

    // tag::execute-raw[]
    @Update("UPDATE posts SET views = 0 WHERE NOT published")   // any SQL the database takes
    int resetUnpublishedViews();
    // end::execute-raw[]

    // tag::parameterized[]
    @Select("SELECT title, views FROM posts WHERE author_id = #{authorId} AND views > #{views}")
    List<TitleAndViews> findByAuthorAndViewsAbove(long authorId, int views);   // #{} binds; ${} would splice
    // end::parameterized[]

    // tag::raw-returning-models[]
    @Select("SELECT * FROM posts WHERE published ORDER BY id")
    List<Post> findPublished();   // columns fill Post's properties by name
    // end::raw-returning-models[]

    // tag::window-functions[]
    @Select("""
            SELECT title, RANK() OVER (PARTITION BY author_id ORDER BY views DESC)
            FROM posts ORDER BY id""")
    List<Ranked> rankByViewsPerAuthor();
    // end::window-functions[]

    // tag::cte[]
    @Select("""
            WITH totals AS (SELECT author_id, SUM(views) AS views FROM posts GROUP BY author_id)
            SELECT a.name, t.views FROM authors a JOIN totals t ON t.author_id = a.id
            ORDER BY t.views DESC""")
    List<AuthorTotal> totalViewsByAuthor();
    // end::cte[]

    // tag::database-views[]
    @Select("SELECT * FROM author_stats ORDER BY post_count DESC, name")
    List<AuthorStats> findAuthorStats();   // a view is queried like a table
    // end::database-views[]
}
