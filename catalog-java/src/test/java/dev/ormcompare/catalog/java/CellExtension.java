package dev.ormcompare.catalog.java;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The harness of an {@link Orm} class: one {@link CatalogDatabase} per class (so an ORM boots once), its schema
 * recreated before each cell (with the blog's rows under {@link WithBlogData}); {@link CatalogDatabase} and {@link Cell} as test and {@code @BeforeAll} parameters;
 * failures prefixed with the cell's name ("hibernate insert-one: ...").
 */
final class CellExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver,
        TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CellExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        CatalogDatabase database = new CatalogDatabase(context.getRequiredTestClass().getAnnotation(Orm.class).schema());
        database.recreateSchema();
        context.getStore(NAMESPACE).put(CatalogDatabase.class, database);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        database(context).close();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        CatalogDatabase database = database(context);
        database.recreateSchema();
        if (context.getRequiredTestClass().isAnnotationPresent(WithBlogData.class)) {
            BlogData.insert(database);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == CatalogDatabase.class
                || type == Cell.class && context.getTestMethod().map(m -> m.isAnnotationPresent(Topic.class)).orElse(false);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == CatalogDatabase.class) {
            return database(context);
        }
        return new Cell(orm(context), topic(context), database(context), mask(context));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (context.getTestMethod().map(m -> !m.isAnnotationPresent(Topic.class)).orElse(true)) {
            throw failure;
        }
        String prefix = Cell.name(orm(context), topic(context)) + ": ";
        if (failure.getMessage() != null && failure.getMessage().startsWith(prefix)) {
            throw failure;
        }
        throw new AssertionError(prefix + failure, failure);
    }

    private static CatalogDatabase database(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(CatalogDatabase.class, CatalogDatabase.class);
    }

    private static UnaryOperator<String> mask(ExtensionContext context) {
        try {
            return context.getRequiredTestClass().getAnnotation(Orm.class).mask().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("an @Orm mask needs a public no-argument constructor", e);
        }
    }

    private static String orm(ExtensionContext context) {
        return context.getRequiredTestClass().getAnnotation(Orm.class).value();
    }

    private static String topic(ExtensionContext context) {
        return context.getRequiredTestMethod().getAnnotation(Topic.class).value();
    }
}
