package dev.ormcompare.catalog.java;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose {@link Topic} methods are the cells of one ORM (its id in java.adoc). The class gets a
 * fresh catalog schema before each cell, one in-memory database for all of them, and cells named "orm topic".
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CellExtension.class)
@DisplayNameGeneration(CellNames.class)
public @interface Orm {
    /** The ORM's id in java.adoc, e.g. {@code hibernate}. */
    String value();

    /** What the cells' database holds before each cell: the shared schema unless the ORM creates its own. */
    CatalogDatabase.Schema schema() default CatalogDatabase.Schema.SHARED;

    /**
     * Replaces what differs from run to run in a statement this ORM sends (a host name, a random id) by a fixed
     * placeholder before it is compared with the committed SQL file; none unless the ORM needs it.
     */
    Class<? extends UnaryOperator<String>> mask() default Unmasked.class;

    /** Statements as sent. */
    final class Unmasked implements UnaryOperator<String> {
        @Override
        public String apply(String statement) {
            return statement;
        }
    }
}
