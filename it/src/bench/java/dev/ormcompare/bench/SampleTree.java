package dev.ormcompare.bench;

import dev.ormcompare.catalog.BuiltInCatalog;
import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Topic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalog tree in the layout and of the size of ORM Party's {@code content/}, with text of our own:
 * the built-in catalog's 68 topics as numbered folders in its 11 groups ({@code 1-setup/1-connect}),
 * in each a folder per ORM of ORM Party's 12 (the admin topics have 10: no sql, no kysely), 851 files
 * of a few lines, 28 cells of two or three files (every ORM's introspection, and some of Prisma's).
 */
final class SampleTree {

    /** The tree's root, its comparisons (each topic with the ORMs it has a folder for), and what it holds. */
    record Tree(Path root, List<Corpus.Block> topics, int files, int multiFileCells) {
    }

    /** ORM Party's ORMs, by the built-in catalog's ids, in its order. */
    private static final List<String> ORMS = List.of("sql", "django", "sqlalchemy", "sqlmodel", "tortoise", "peewee",
            "prisma", "drizzle", "kysely", "typeorm", "mikroorm", "sequelize");
    private static final Set<String> NOT_IN_ADMIN = Set.of("sql", "kysely");
    private static final Map<String, String> EXTENSIONS = Map.of("sql", "sql", "python", "py", "typescript", "ts",
            "prisma", "prisma");
    /** Prisma cells with a schema and code apart, as ORM Party keeps some: three files in the first 11 topics, two in the next 5. */
    private static final int PRISMA_THREE_FILES = 11;
    private static final int PRISMA_TWO_FILES = 5;

    private SampleTree() {
    }

    /** Writes the tree at {@code root}, replacing what is there. */
    static Tree write(Path root) throws IOException {
        Projects.delete(root);
        Catalog builtIn = BuiltInCatalog.get();
        List<Corpus.Block> blocks = new ArrayList<>();
        int files = 0;
        int multiFileCells = 0;
        int prismaSplits = 0;
        String category = null;
        int categoryNumber = 0;
        int topicNumber = 0;
        for (Topic topic : builtIn.topics()) {
            if (!topic.category().equals(category)) {
                category = topic.category();
                categoryNumber++;
                topicNumber = 0;
            }
            Path topicFolder = root.resolve(categoryNumber + "-" + category).resolve(++topicNumber + "-" + topic.id());
            List<Orm> orms = new ArrayList<>();
            for (String id : ORMS) {
                if (category.equals("admin") && NOT_IN_ADMIN.contains(id)) {
                    continue;
                }
                Orm orm = builtIn.findOrm(id).orElseThrow();
                orms.add(orm);
                List<String> names = fileNames(topic, orm, prismaSplits);
                if (orm.id().equals("prisma") && names.size() > 1 && !topic.id().equals("introspect")) {
                    prismaSplits++;
                }
                Path cell = Files.createDirectories(topicFolder.resolve(orm.id()));
                for (String name : names) {
                    Files.writeString(cell.resolve(name), text(name, topic, orm, files));
                    files++;
                }
                multiFileCells += names.size() > 1 ? 1 : 0;
            }
            blocks.add(new Corpus.Block(topic, List.copyOf(orms)));
        }
        return new Tree(root, List.copyOf(blocks), files, multiFileCells);
    }

    private static List<String> fileNames(Topic topic, Orm orm, int prismaSplits) {
        String extension = EXTENSIONS.get(orm.language());
        if (topic.id().equals("introspect")) {
            return List.of("1-introspect.sh", "2-models." + extension, "3-usage." + extension);
        }
        if (orm.id().equals("prisma") && prismaSplits < PRISMA_THREE_FILES + PRISMA_TWO_FILES) {
            return prismaSplits < PRISMA_THREE_FILES ? List.of("1-schema.prisma", "2-app.ts", "3-seed.ts")
                    : List.of("1-schema.prisma", "2-app.ts");
        }
        return List.of(topic.id() + "." + extension);
    }

    /** A few lines in the file's language, different in every file. */
    private static String text(String name, Topic topic, Orm orm, int number) {
        String heading = topic.title() + " with " + orm.name();
        String function = "show_" + topic.id().replace('-', '_');
        return switch (name.substring(name.lastIndexOf('.') + 1)) {
            case "sql" -> """
                    -- %s
                    SELECT b.id, b.title, a.name
                    FROM book b
                    JOIN author a ON a.id = b.author_id
                    WHERE a.name = 'Author %d'
                    ORDER BY b.published DESC;
                    """.formatted(heading, number);
            case "py" -> """
                    # %s
                    from shop.models import Author, Book

                    def %s(session):
                        author = Author.get(name="Author %d")
                        books = Book.select().where(Book.author == author)
                        return [book.title for book in books]
                    """.formatted(heading, function, number);
            case "ts" -> """
                    // %s
                    import { db } from "./db";

                    export async function %s() {
                      const author = await db.author.findFirst({ where: { name: "Author %d" } });
                      const books = await db.book.findMany({ where: { authorId: author.id } });
                      return books.map((book) => book.title);
                    }
                    """.formatted(heading, function, number);
            case "prisma" -> """
                    // %s
                    model Author {
                      id    Int    @id @default(autoincrement())
                      name  String @unique // e.g. "Author %d"
                      books Book[]
                    }
                    """.formatted(heading, number);
            case "sh" -> """
                    # %s
                    $ shop-db introspect --url postgres://localhost/shop_%d --out models/
                    """.formatted(heading, number);
            default -> throw new IllegalStateException("no sample text for " + name);
        };
    }
}
