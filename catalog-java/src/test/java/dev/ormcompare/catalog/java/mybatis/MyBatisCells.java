package dev.ormcompare.catalog.java.mybatis;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Orm;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;

/** Base of the MyBatis cells: one SqlSessionFactory per test class, over the captured data source. */
@Orm("mybatis")
abstract class MyBatisCells {

    static SqlSessionFactory factory;

    @BeforeAll
    static void startMyBatis(CatalogDatabase database) {
        factory = Connect.connect(database.dataSource());
    }

    /** Calls a mapper in a session that commits, as a reader's service method would around the call. */
    static <M, T> T withMapper(Class<M> type, Function<M, T> call) {
        try (SqlSession session = factory.openSession()) {
            T result = call.apply(session.getMapper(type));
            session.commit();
            return result;
        }
    }

    static <T> T posts(Function<PostMapper, T> call) {
        return withMapper(PostMapper.class, call);
    }

    static <T> T authors(Function<AuthorMapper, T> call) {
        return withMapper(AuthorMapper.class, call);
    }
}
