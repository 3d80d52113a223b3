package dev.ormcompare.catalog.java.springdatajpa;

import dev.ormcompare.catalog.java.hibernate.Post;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Posts: derived queries (the method name is the query), @Query in HQL, and native SQL. */
public interface PostRepository extends JpaRepository<Post, Long> {

    /** A class-based projection: select-fields reads only these columns. */
    record TitleAndViews(String title, int views) {
    }

    /** Interface projections: each getter reads the query's column of that alias. */
    interface TitleAndAuthor {
        String getTitle();

        String getAuthor();
    }

    interface AuthorTotal {
        String getName();

        long getTotal();
    }

    interface Range {
        int getMin();

        int getMax();
    }

    interface Ranked {
        String getTitle();

        long getRank();
    }

    // tag::fetch-first-match[]
    Optional<Post> findFirstByPublishedTrueOrderByViewsDesc();
    // end::fetch-first-match[]

    // tag::update-many[]
    @Transactional
    @Modifying
    @Query("update Post set published = true where views >= :views")
    int publishViewedAtLeast(int views);
    // end::update-many[]

    // tag::delete-many[]
    @Transactional
    long deleteByPublishedFalseAndViewsLessThan(int views);   // loads them, then deletes each
    // end::delete-many[]

    // tag::atomic-increment[]
    @Transactional
    @Modifying
    @Query("update Post set views = views + 1 where id = :id")
    int incrementViews(long id);
    // end::atomic-increment[]

    // tag::filter-where[]
    List<Post> findByPublishedTrue();
    // end::filter-where[]

    // tag::order-by[]
    List<Post> findAllByOrderByViewsDescTitleAsc();
    // end::order-by[]

    // tag::select-fields[]
    List<TitleAndViews> findAllByOrderByIdAsc();   // a projection: only title and views are read
    // end::select-fields[]

    // tag::count[]
    long countByPublishedTrue();
    // end::count[]

    // tag::and-or[]
    @Query("from Post where published and (views >= :views or likes >= :likes)")
    List<Post> findPublishedPopular(int views, int likes);
    // end::and-or[]

    // tag::like-contains[]
    List<Post> findByTitleContainingIgnoreCase(String text);
    // end::like-contains[]

    // tag::comparison[]
    List<Post> findByViewsBetweenAndLikesGreaterThan(int low, int high, int likes);
    // end::comparison[]

    // tag::distinct[]
    @Query("select distinct p.author.name from Post p")
    List<String> findAuthorNames();
    // end::distinct[]

    // tag::compare-fields[]
    @Query("from Post where likes > views")
    List<Post> findLikedMoreThanViewed();
    // end::compare-fields[]

    // tag::fetch-related[]
    @EntityGraph(attributePaths = "author")   // the author comes in the same query
    List<Post> findWithAuthorByOrderById();
    // end::fetch-related[]

    // tag::filter-by-related[]
    List<Post> findByAuthorEmail(String email);
    // end::filter-by-related[]

    // tag::inner-join[]
    @Query("select p.title as title, a.name as author from Post p join p.author a order by p.id")
    List<TitleAndAuthor> findTitlesAndAuthors();
    // end::inner-join[]

    // tag::left-join[]
    @Query("""
            select p.title as title, a.name as author
            from Author a left join a.posts p
            order by a.id, p.id""")
    List<TitleAndAuthor> findAuthorsWithTitles();   // an author without posts comes with a null title
    // end::left-join[]

    // tag::aggregate-group-by[]
    @Query("""
            select a.name as name, sum(p.views) as total
            from Post p join p.author a
            group by a.name order by a.name""")
    List<AuthorTotal> findViewsPerAuthor();
    // end::aggregate-group-by[]

    // tag::count-related[]
    @Query("""
            select a.name as name, count(p) as total
            from Author a left join a.posts p
            group by a.id, a.name order by a.id""")
    List<AuthorTotal> findPostCountPerAuthor();
    // end::count-related[]

    // tag::sum[]
    @Query("select sum(views) from Post")
    long sumViews();
    // end::sum[]

    // tag::avg[]
    @Query("select avg(views) from Post where published")
    double averageViewsOfPublished();
    // end::avg[]

    // tag::min-max[]
    @Query("select min(views) as min, max(views) as max from Post")
    Range viewsRange();
    // end::min-max[]

    // tag::group-by[]
    @Query("select published as published, count(*) as posts from Post group by published order by published")
    List<PublishedCount> countByPublished();

    interface PublishedCount {
        boolean getPublished();

        long getPosts();
    }
    // end::group-by[]

    // tag::having[]
    @Query("select p.author.name from Post p group by p.author.name having sum(p.views) > :views")
    List<String> findAuthorsWithViewsAbove(long views);
    // end::having[]

    // tag::subquery[]
    @Query("from Post where views > (select avg(views) from Post)")
    List<Post> findAboveAverageViews();
    // end::subquery[]

    // tag::execute-raw[]
    @Transactional
    @Modifying
    @Query(value = "UPDATE posts SET views = 0 WHERE NOT published", nativeQuery = true)
    int resetViewsOfDrafts();
    // end::execute-raw[]

    // tag::parameterized[]
    @Query("from Post where author.id = :authorId and views > :views")
    List<Post> findByAuthorWithViewsAbove(long authorId, int views);   // bound, never concatenated
    // end::parameterized[]

    // tag::raw-returning-models[]
    @Query(value = "SELECT * FROM posts WHERE published ORDER BY id", nativeQuery = true)
    List<Post> findPublishedNatively();
    // end::raw-returning-models[]

    // tag::window-functions[]
    @Query("""
            select p.title as title, rank() over (partition by p.author order by p.views desc) as rank
            from Post p order by p.id""")
    List<Ranked> rankWithinAuthor();
    // end::window-functions[]

    // tag::cte[]
    @Query(value = """
            WITH totals AS (SELECT author_id, SUM(views) AS total FROM posts GROUP BY author_id)
            SELECT a.name AS name, t.total AS total
            FROM authors a JOIN totals t ON t.author_id = a.id
            ORDER BY t.total DESC""", nativeQuery = true)
    List<AuthorTotal> findTotalsWithCte();
    // end::cte[]
}
