package dev.ormcompare.bench;

import dev.ormcompare.catalog.BuiltInCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The docs projects B2, B3 and B5 build: the same generated pages in a docs pom with the render
 * goal, in the Maven site with asciidoctor-converter-doxia-module or with ormcompare-doxia-module, and with
 * asciidoctor-maven-plugin's process-asciidoc. Each pom is what the README and the docs' recipes
 * tell a user to write.
 */
final class Projects {

    /** A generated project, the goals that build it clean, and where its HTML pages land. */
    record Project(String name, Path directory, String[] cleanBuild, Path output) {
    }

    /** The partial of {@link #renderWithPartial}, relative to the pages. */
    static final String SHARED_PARTIAL = "_partials/_shared.adoc";

    private final Config config;
    private final Corpus corpus = new Corpus(BuiltInCatalog.get());

    Projects(Config config) {
        this.config = config;
    }

    Project render(String name, int pages) throws IOException {
        Project project = renderProject(name, "");
        writePages(renderSources(project), pages);
        return project;
    }

    /**
     * A render project of one page, {@code page-0001.adoc}, holding these comparisons written in this
     * style; its catalog is {@code catalogDirectory} where one is given, else the built-in one alone.
     */
    Project renderOnePage(String name, List<Corpus.Block> blocks, Corpus.Style style, Optional<Path> catalogDirectory)
            throws IOException {
        String configuration = catalogDirectory.map(directory -> """
                        <configuration>
                          <catalogDirectory>%s</catalogDirectory>
                        </configuration>
                """.formatted(directory)).orElse("");
        Project project = renderProject(name, configuration);
        Files.createDirectories(renderSources(project));
        Files.writeString(renderSources(project).resolve(pageName(1) + ".adoc"),
                withRouge(corpus.page("Comparisons, one per topic", blocks, style)));
        return project;
    }

    /**
     * The render project with the build cache recipe of the docs: the render goal bound to {@code prepare-package},
     * and {@code recipe}'s {@code extensions.xml} and {@code maven-build-cache-config.xml} in its {@code .mvn}.
     */
    Project cachedRender(String name, int pages, Path recipe) throws IOException {
        Project project = renderProject(name, "", """
                            <phase>prepare-package</phase>
                """);
        for (String file : List.of("extensions.xml", "maven-build-cache-config.xml")) {
            Files.copy(recipe.resolve(file), project.directory().resolve(".mvn").resolve(file));
        }
        writePages(renderSources(project), pages);
        return new Project(name, project.directory(), new String[] {"verify"}, project.output());
    }

    private Project renderProject(String name, String configuration) throws IOException {
        return renderProject(name, configuration, "");
    }

    /** @param phase the execution's {@code <phase>} element, or empty for the goal's own phase ({@code site}) */
    private Project renderProject(String name, String configuration, String phase) throws IOException {
        Path directory = fresh(name);
        Files.writeString(directory.resolve("pom.xml"), pom(name, """
                    <!-- ormcompare:render builds this site; the Maven site generator has nothing to add. -->
                    <maven.site.skip>true</maven.site.skip>
                """, """
                      <plugin>
                        <groupId>dev.ormcompare</groupId>
                        <artifactId>ormcompare-maven-plugin</artifactId>
                        <version>%s</version>
                %s        <executions>
                          <execution>
                %s            <goals>
                              <goal>render</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                """.formatted(config.ormcompareVersion(), configuration, phase), ""));
        return new Project(name, directory, new String[] {"clean", "site"}, directory.resolve("target/site"));
    }

    /**
     * The render project with a partial, {@code _partials/_shared.adoc}, that its first {@code including}
     * pages include at their end, as pages include a shared note or a list of links.
     */
    Project renderWithPartial(String name, int pages, int including) throws IOException {
        Project project = render(name, pages);
        Path sources = renderSources(project);
        Files.createDirectories(sources.resolve(SHARED_PARTIAL).getParent());
        Files.writeString(sources.resolve(SHARED_PARTIAL), "Every migration runs in a transaction where the database allows it.\n");
        for (int page = 1; page <= including; page++) {
            Path file = sources.resolve(pageName(page) + ".adoc");
            Files.writeString(file, Files.readString(file) + "include::" + SHARED_PARTIAL + "[]\n");
        }
        return project;
    }

    /** The pages of a project from {@link #render} or {@link #renderWithPartial}. */
    static Path renderSources(Project project) {
        return project.directory().resolve("src/docs/asciidoc");
    }

    /** The Maven site with asciidoctor-converter-doxia-module and the extension jar, as the README shows it. */
    Project mavenSite(String name, int pages) throws IOException {
        return skinnedSite(name, pages, """
                          <dependency>
                            <groupId>org.asciidoctor</groupId>
                            <artifactId>asciidoctor-converter-doxia-module</artifactId>
                            <version>%s</version>
                          </dependency>
                          <dependency>
                            <groupId>dev.ormcompare</groupId>
                            <artifactId>ormcompare-asciidoctorj</artifactId>
                            <version>%s</version>
                          </dependency>
                """.formatted(config.asciidoctorDoxiaModuleVersion(), config.ormcompareVersion()));
    }

    /** The same site with ormcompare-doxia-module in place of those two dependencies. */
    Project doxiaModule(String name, int pages) throws IOException {
        return skinnedSite(name, pages, """
                          <dependency>
                            <groupId>dev.ormcompare</groupId>
                            <artifactId>ormcompare-doxia-module</artifactId>
                            <version>%s</version>
                          </dependency>
                """.formatted(config.ormcompareVersion()));
    }

    private Project skinnedSite(String name, int pages, String sitePluginDependencies) throws IOException {
        Path directory = fresh(name);
        writePages(directory.resolve("src/site/asciidoc"), pages);
        StringBuilder menu = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            menu.append("      <item name=\"Page ").append(page).append("\" href=\"").append(pageName(page))
                    .append(".html\"/>\n");
        }
        Files.writeString(directory.resolve("src/site/site.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <site xmlns="http://maven.apache.org/SITE/2.0.0"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xsi:schemaLocation="http://maven.apache.org/SITE/2.0.0 https://maven.apache.org/xsd/site-2.0.0.xsd">
                  <skin>
                    <groupId>org.apache.maven.skins</groupId>
                    <artifactId>maven-fluido-skin</artifactId>
                    <version>%s</version>
                  </skin>
                  <body>
                    <menu name="Migrations">
                %s    </menu>
                  </body>
                </site>
                """.formatted(config.mavenFluidoSkinVersion(), menu));
        Files.writeString(directory.resolve("pom.xml"), pom(name, "", """
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-site-plugin</artifactId>
                        <version>%s</version>
                        <dependencies>
                %s        </dependencies>
                      </plugin>
                """.formatted(config.mavenSitePluginVersion(), sitePluginDependencies), """
                  <!-- Only the pages under src/site: no project-info reports. -->
                  <reporting>
                    <excludeDefaults>true</excludeDefaults>
                  </reporting>
                """));
        return new Project(name, directory, new String[] {"clean", "site"}, directory.resolve("target/site"));
    }

    Project processAsciidoc(String name, int pages) throws IOException {
        Path directory = fresh(name);
        writePages(directory.resolve("src/docs/asciidoc"), pages);
        Files.writeString(directory.resolve("pom.xml"), pom(name, "", """
                      <plugin>
                        <groupId>org.asciidoctor</groupId>
                        <artifactId>asciidoctor-maven-plugin</artifactId>
                        <version>%s</version>
                        <dependencies>
                          <dependency>
                            <groupId>dev.ormcompare</groupId>
                            <artifactId>ormcompare-asciidoctorj</artifactId>
                            <version>%s</version>
                          </dependency>
                        </dependencies>
                        <configuration>
                          <logHandler>
                            <failIf>
                              <severity>ERROR</severity>
                            </failIf>
                          </logHandler>
                        </configuration>
                        <executions>
                          <execution>
                            <id>docs</id>
                            <phase>generate-resources</phase>
                            <goals>
                              <goal>process-asciidoc</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                """.formatted(config.asciidoctorMavenPluginVersion(), config.ormcompareVersion()), ""));
        return new Project(name, directory, new String[] {"clean", "generate-resources"},
                directory.resolve("target/generated-docs"));
    }

    static String pageName(int page) {
        return String.format("page-%04d", page);
    }

    /**
     * Pages of {@code blocksPerPage} comparisons each, highlighted with Rouge as this project's own
     * docs are; the attribute is in each page, so every contender converts the same text.
     */
    private void writePages(Path directory, int pages) throws IOException {
        Files.createDirectories(directory);
        for (int page = 1; page <= pages; page++) {
            String text = corpus.page("Migrations, part " + page, corpus.blocks(config.blocksPerPage(), page),
                    Corpus.Style.MACROS);
            Files.writeString(directory.resolve(pageName(page) + ".adoc"), withRouge(text));
        }
    }

    private static String withRouge(String page) {
        return page.replaceFirst("\n\n", "\n:source-highlighter: rouge\n\n");
    }

    private static String pom(String name, String properties, String plugins, String more) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.ormcompare.bench</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <name>Benchmark: %s</name>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                %s  </properties>

                  <build>
                    <plugins>
                %s    </plugins>
                  </build>
                %s</project>
                """.formatted(name, name, properties, plugins, more);
    }

    /**
     * An empty directory with an empty {@code .mvn}, so Maven takes it as the project's root
     * instead of finding this repository's {@code .mvn} further up.
     */
    private Path fresh(String name) throws IOException {
        Path directory = config.workDirectory().resolve("projects").resolve(name);
        delete(directory);
        Files.createDirectories(directory.resolve(".mvn"));
        return directory;
    }

    /** Deletes {@code directory} and all it holds, if it exists. */
    static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
