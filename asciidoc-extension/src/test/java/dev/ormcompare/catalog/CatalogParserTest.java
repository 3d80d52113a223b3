package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogParserTest {

    private static final String HEADER = """
            [orm,id=hibernate,name="Hibernate ORM",language=java,aliases="hibernate-orm, jpa"]
            [topic,id=apply,title="Apply Migration",group=Migrations]
            """;

    private static Catalog parse(String text) throws CatalogException {
        Catalog.Builder builder = Catalog.builder();
        CatalogParser.parse("team.adoc", text, builder);
        return builder.build();
    }

    private static CatalogException failure(String text) {
        return (CatalogException) assertThatThrownBy(() -> parse(text)).isInstanceOf(CatalogException.class)
                .actual();
    }

    @Test
    void readsOrmsTopicsAndSnippets() throws CatalogException {
        Catalog catalog = parse(HEADER + """

                // Flyway runs the migrations
                [snippet,topic=apply,orm=hibernate,language=console,note="Through Flyway, not Hibernate."]
                ----
                $ mvn flyway:migrate

                [INFO] Successfully applied 1 migration
                ----
                """);

        Orm hibernate = catalog.findOrm("JPA").orElseThrow();
        assertThat(hibernate).isEqualTo(new Orm("hibernate", "Hibernate ORM", "java", java.util.List.of("hibernate-orm", "jpa")));
        Topic apply = catalog.findTopic("APPLY").orElseThrow();
        assertThat(apply).isEqualTo(new Topic("apply", "Apply Migration", "Migrations"));
        assertThat(catalog.snippet(apply, hibernate)).contains(new Snippet("console",
                "$ mvn flyway:migrate\n\n[INFO] Successfully applied 1 migration", "Through Flyway, not Hibernate."));
    }

    @Test
    void snippetLanguageDefaultsToTheOrmsLanguage() throws CatalogException {
        Catalog catalog = parse(HEADER + "[snippet,topic=apply,orm=hibernate]\n----\nsession.persist(user);\n----\n");

        Topic apply = catalog.findTopic("apply").orElseThrow();
        assertThat(catalog.snippet(apply, catalog.findOrm("hibernate").orElseThrow()).orElseThrow().language())
                .isEqualTo("java");
    }

    @Test
    void longerDelimiterLetsCodeHoldFourDashes() throws CatalogException {
        Catalog catalog = parse(HEADER + "[snippet,topic=apply,orm=hibernate]\n------\n----\n-- sql\n------\n");

        Topic apply = catalog.findTopic("apply").orElseThrow();
        assertThat(catalog.snippet(apply, catalog.findOrm("hibernate").orElseThrow()).orElseThrow().code())
                .isEqualTo("----\n-- sql");
    }

    @Test
    void quotedValuesMayHoldCommasAndEscapedQuotes() throws CatalogException {
        Catalog catalog = parse("[topic,id=t,title=\"Say \\\"hi\\\", then go\"]\n");

        assertThat(catalog.findTopic("t").orElseThrow().title()).isEqualTo("Say \"hi\", then go");
    }

    @Test
    void laterFileReplacesASnippetOfAnEarlierOne() throws CatalogException {
        Catalog.Builder builder = Catalog.builder();
        CatalogParser.parse("first.adoc", HEADER + "[snippet,topic=apply,orm=hibernate]\n----\nold\n----\n", builder);
        CatalogParser.parse("second.adoc", "[snippet,topic=apply,orm=hibernate]\n----\nnew\n----\n", builder);
        Catalog catalog = builder.build();

        Topic apply = catalog.findTopic("apply").orElseThrow();
        assertThat(catalog.snippet(apply, catalog.findOrm("hibernate").orElseThrow()).orElseThrow().code()).isEqualTo("new");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown kind         | [orn,id=x,name=X]                          | 3 | unknown entry kind 'orn'; did you mean 'orm'? Known kinds: orm, topic, snippet, file, missing, tree, remove.
            unknown key          | [orm,id=x,name=X,langauge=go]              | 3 | unknown key 'langauge'; did you mean 'language'? Known keys of [orm,...]: aliases, docs, id, language, name, paradigm, version.
            missing name         | [orm,id=x]                                 | 3 | [orm,...] needs name=...
            bad id               | [orm,id=my orm,name=X]                     | 3 | 'my orm' is not a valid orm id; use letters, digits, '-' and '_', starting with a letter or digit
            duplicate orm        | [orm,id=hibernate,name=Again]              | 3 | the orm id 'hibernate' is declared twice in this file
            unclosed quote       | [topic,id=t,title="Open]                   | 3 | the value of 'title' has no closing '"'
            missing value        | [topic,id=t,title]                         | 3 | 'title' has no value; write it as key=value
            no closing bracket   | [topic,id=t,title=T                        | 3 | an entry line must end with ']'
            stray text           | apply: mvn flyway:migrate                  | 3 | expected an entry such as [orm,...], [topic,...], [snippet,...] or [remove,...] or a // comment, found 'apply: mvn flyway:migrate'
            undeclared orm       | [snippet,topic=apply,orm=jooq]             | 3 | snippet for undeclared ORM 'jooq'; declare it first with [orm,id=jooq,name="..."]
            undeclared topic     | [snippet,topic=seed,orm=hibernate]         | 3 | snippet for undeclared topic 'seed'; declare it first with [topic,id=seed,title="..."]
            snippet without code | [snippet,topic=apply,orm=hibernate]        | 3 | the snippet's code must follow on the next line between two ---- lines
            """)
    void mistakeNamesFileLineAndFix(String name, String line, int lineNumber, String problem) {
        CatalogException e = failure(HEADER + line + "\n");

        assertThat(e.source()).isEqualTo("team.adoc");
        assertThat(e.line()).isEqualTo(lineNumber);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.getMessage()).isEqualTo("team.adoc:" + lineNumber + ": " + problem);
    }

    @Test
    void unclosedCodeBlockIsReportedWhereItOpens() {
        CatalogException e = failure(HEADER + "[snippet,topic=apply,orm=hibernate]\n----\ncode\n\nmore\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.problem()).isEqualTo("the code block opened here is never closed; end it with a line holding exactly '----'");
    }

    @Test
    void secondSnippetForOneCellInAFileIsAMistake() {
        CatalogException e = failure(HEADER + "[snippet,topic=apply,orm=hibernate]\n----\na\n----\n"
                + "[snippet,topic=apply,orm=hibernate]\n----\nb\n----\n");

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.problem()).isEqualTo("a second snippet for topic 'apply' and ORM 'hibernate' in this file");
    }

    @Test
    void anOrmsDocumentationMustBeAWebAddress() {
        CatalogException e = failure("[orm,id=evil,name=Evil,docs=\"javascript:alert(1)\"]\n");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).isEqualTo("docs='javascript:alert(1)' is not a web address; give the address of the "
                + "ORM's documentation, starting with https://");
    }

    @Test
    void missingAndFileEntriesAreLocatedMistakesWhenMisplaced() {
        assertThat(failure(HEADER + "[file,include=x.xml]\n").problem()).startsWith("a [file,...] entry adds a file "
                + "to the snippet just before it");
        assertThat(failure(HEADER + "[missing,topic=apply,orm=hibernate,reason=\" \"]\n").problem())
                .isEqualTo("[missing,...] needs reason=...");
    }
}
