package dev.ormcompare.catalog.java;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
}
