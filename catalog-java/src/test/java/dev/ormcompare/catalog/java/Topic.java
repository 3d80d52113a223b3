package dev.ormcompare.catalog.java;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/** A test that runs one catalog cell: the region shown for this topic, in the ORM of its {@link Orm} class. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
public @interface Topic {
    /** The topic id as java.adoc writes it, e.g. {@code insert-one} or {@code transactions/rollback}. */
    String value();
}
