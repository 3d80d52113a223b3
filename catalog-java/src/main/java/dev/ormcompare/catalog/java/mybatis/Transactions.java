package dev.ormcompare.catalog.java.mybatis;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** A SqlSession is a transaction: nothing is kept until {@code commit()}, closing without it rolls back. */
public final class Transactions {

    private Transactions() {
    }

    public static void basic(SqlSessionFactory factory) {
        // tag::basic[]
        try (SqlSession session = factory.openSession()) {   // auto-commit off
            Author author = new Author("Ada Lovelace", "ada@example.com");
            session.getMapper(AuthorMapper.class).insert(author);
            session.getMapper(PostMapper.class).insert(author.getId(), "Hello SQL");
            session.commit();
        }   // closed without commit: rolled back
        // end::basic[]
    }

    public static void rollback(SqlSessionFactory factory) {
        // tag::rollback[]
        try (SqlSession session = factory.openSession()) {
            AuthorMapper authors = session.getMapper(AuthorMapper.class);
            try {
                authors.insert(new Author("Ada Lovelace", "ada@example.com"));
                authors.insert(new Author("Ada Impostor", "ada@example.com"));   // violates the unique email
                session.commit();
            } catch (PersistenceException e) {
                session.rollback();   // neither author is kept
            }
        }
        // end::rollback[]
    }
}
