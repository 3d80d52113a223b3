package dev.ormcompare.catalog.java.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.mybatis.PostMapper.TitleAndViews;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

class MyBatisQueryingTest extends MyBatisCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    private static List<String> titles(List<Post> posts) {
        return posts.stream().map(Post::getTitle).toList();
    }

    @Topic("filter-where")
    void filterWhere(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts(mapper -> mapper.find(true, null)))))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("order-by")
    void orderBy(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts(PostMapper::findAllByPopularity))))
                .containsExactly("Hello SQL", "ORMs in practice", "Compilers", "Draft notes");
    }

    @Topic("select-fields")
    void selectFields(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::findTitlesAndViews))).containsExactly(
                new TitleAndViews("Hello SQL", 100), new TitleAndViews("ORMs in practice", 50),
                new TitleAndViews("Compilers", 10), new TitleAndViews("Draft notes", 0));
    }

    @Topic("limit-offset")
    void limitOffset(Cell cell) throws Exception {
        List<Post> page = cell.sent(() -> posts(mapper -> mapper.findPage(2, 1)));
        assertThat(page).extracting(Post::getId)
                .containsExactly(2L, 3L);
    }

    @Topic("count")
    void count(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::countPublished))).isEqualTo(2);
    }

    @Topic("and-or")
    void andOr(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts(mapper -> mapper.findPublishedAndPopular(100, 50)))))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("like-contains")
    void likeContains(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts(mapper -> mapper.findByTitleContaining("SQL")))))
                .containsExactly("Hello SQL");
    }

    @Topic("comparison")
    void comparison(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts(mapper -> mapper.findByViewsBetweenAndLikesAbove(10, 100, 5)))))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("in")
    void in(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts(mapper -> mapper.findByIds(List.of(1L, 3L))))))
                .containsExactlyInAnyOrder("Hello SQL", "Compilers");
    }

    @Topic("distinct")
    void distinct(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::findAuthorNames)))
                .containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");
    }

    @Topic("exists")
    void exists(Cell cell) throws Exception {
        assertThat(cell.sent(() -> authors(AuthorMapper::findWithPublishedPosts))).extracting(Author::getName)
                .containsExactly("Ada Lovelace");
    }

    @Topic("compare-fields")
    void compareFields(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts(PostMapper::findLikedMoreThanViewed))))
                .containsExactly("ORMs in practice");
    }
}
