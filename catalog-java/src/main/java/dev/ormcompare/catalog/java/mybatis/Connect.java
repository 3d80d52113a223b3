package dev.ormcompare.catalog.java.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** MyBatis configured in Java rather than mybatis-config.xml; each mapper's XML sits beside its interface. */
public final class Connect {

    private Connect() {
    }

    public static SqlSessionFactory connect(DataSource dataSource) {
        // tag::connect[]
        Configuration configuration = new Configuration(
                new Environment("blog", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);   // published_on -> publishedOn
        configuration.getTypeAliasRegistry().registerAlias(Author.class);
        configuration.getTypeAliasRegistry().registerAlias(Post.class);
        configuration.addMapper(AuthorMapper.class);   // also reads AuthorMapper.xml beside it
        configuration.addMapper(PostMapper.class);
        configuration.addMapper(CategoryMapper.class);
        SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(configuration);
        // end::connect[]
        return factory;
    }
}
