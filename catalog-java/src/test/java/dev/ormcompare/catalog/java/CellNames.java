package dev.ormcompare.catalog.java;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;

/** Names a cell's test "orm topic" (e.g. "hibernate insert-one"), so a failure says which cell broke. */
public final class CellNames extends DisplayNameGenerator.Standard {

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
            Method testMethod) {
        Topic topic = testMethod.getAnnotation(Topic.class);
        if (topic == null) {
            return super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod);
        }
        return Cell.name(testClass.getAnnotation(Orm.class).value(), topic.value());
    }
}
