package dev.ormcompare.catalog.java.jdbi;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** A Jdbi over the application's DataSource; it opens a connection per handle. */
public final class Connect {

    private Connect() {
    }

    public static Jdbi connect(DataSource dataSource) {
        // tag::connect[]
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.registerRowMapper(ConstructorMapper.factory(Author.class));   // rows -> records by column name
        jdbi.registerRowMapper(ConstructorMapper.factory(Post.class));
        // end::connect[]
        return jdbi;
    }
}
