package dev.ormcompare.catalog.java.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.BOOLEAN;
import static org.jooq.impl.SQLDataType.CLOB;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATE;
import static org.jooq.impl.SQLDataType.NUMERIC;
import static org.jooq.impl.SQLDataType.VARCHAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The catalog's schema for jOOQ without code generation: tables and typed fields declared by name, the way
 * generated code would declare them. Every query of this package is built from these constants.
 */
public final class Blog {

    // tag::define-model[]
    public static final Table<Record> AUTHORS = table(name("authors"));
    public static final Field<Long> AUTHOR_ID = field(name("authors", "id"), BIGINT.identity(true));
    public static final Field<String> AUTHOR_NAME = field(name("authors", "name"), VARCHAR(100).notNull());
    public static final Field<String> AUTHOR_EMAIL = field(name("authors", "email"), VARCHAR(255).notNull());
    // end::define-model[]

    // tag::field-types[]
    public static final Table<Record> POSTS = table(name("posts"));
    public static final Field<Long> POST_ID = field(name("posts", "id"), BIGINT.identity(true));
    public static final Field<Long> POST_AUTHOR_ID = field(name("posts", "author_id"), BIGINT.notNull());
    public static final Field<Long> POST_CATEGORY_ID = field(name("posts", "category_id"), BIGINT);
    // tag::nullable-defaults[]
    public static final Field<String> POST_TITLE = field(name("posts", "title"), VARCHAR(200).notNull());
    public static final Field<String> POST_BODY = field(name("posts", "body"), CLOB.nullable(true));
    public static final Field<Integer> POST_VIEWS = field(name("posts", "views"), INTEGER.notNull().defaultValue(0));
    public static final Field<Integer> POST_LIKES = field(name("posts", "likes"), INTEGER.notNull().defaultValue(0));
    // end::nullable-defaults[]
    public static final Field<BigDecimal> POST_RATING = field(name("posts", "rating"), NUMERIC(3, 1));
    public static final Field<Boolean> POST_PUBLISHED = field(name("posts", "published"), BOOLEAN.notNull());
    public static final Field<LocalDate> POST_PUBLISHED_ON = field(name("posts", "published_on"), LOCALDATE);
    // end::field-types[]

    // tag::one-to-one[]
    public static final Table<Record> PROFILES = table(name("profiles"));
    public static final Field<Long> PROFILE_AUTHOR_ID = field(name("profiles", "author_id"), BIGINT.notNull());
    public static final Field<String> PROFILE_BIO = field(name("profiles", "bio"), VARCHAR(1000));
    // end::one-to-one[]

    // tag::many-to-many[]
    public static final Table<Record> TAGS = table(name("tags"));
    public static final Field<Long> TAG_ID = field(name("tags", "id"), BIGINT.identity(true));
    public static final Field<String> TAG_NAME = field(name("tags", "name"), VARCHAR(50).notNull());
    public static final Table<Record> POST_TAGS = table(name("post_tags"));
    public static final Field<Long> POST_TAG_POST_ID = field(name("post_tags", "post_id"), BIGINT.notNull());
    public static final Field<Long> POST_TAG_TAG_ID = field(name("post_tags", "tag_id"), BIGINT.notNull());
    // end::many-to-many[]

    public static final Table<Record> CATEGORIES = table(name("categories"));

    // tag::database-views[]
    public static final Table<Record> AUTHOR_STATS = table(name("author_stats"));
    public static final Field<String> AUTHOR_STATS_NAME = field(name("author_stats", "name"), VARCHAR);
    public static final Field<Long> AUTHOR_STATS_POST_COUNT = field(name("author_stats", "post_count"), BIGINT);
    // end::database-views[]

    private Blog() {
    }
}
