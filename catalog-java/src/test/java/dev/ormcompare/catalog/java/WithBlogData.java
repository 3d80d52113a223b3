package dev.ormcompare.catalog.java;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link Orm} class whose cells read the blog: {@link BlogData}'s rows are inserted (uncaptured) after the
 * schema is recreated, before each cell.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithBlogData {
}
