package dev.ormcompare.catalog.java.jdbi;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Orm;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;

/** Base of the JDBI cells: one Jdbi per test class, over the captured data source. */
@Orm("jdbi")
abstract class JdbiCells {

    static Jdbi jdbi;

    @BeforeAll
    static void startJdbi(CatalogDatabase database) {
        jdbi = Connect.connect(database.dataSource());
    }

    /** Runs a region on a handle of its own (auto-commit), as a reader's code would open one around it. */
    static <T> T withHandle(HandleCallback<T, RuntimeException> region) {
        return jdbi.withHandle(region);
    }

    static List<String> titles(List<Post> posts) {
        return posts.stream().map(Post::title).toList();
    }

    /** For regions that return nothing. */
    static void useHandle(Consumer<Handle> region) {
        jdbi.useHandle(region::accept);
    }
}
