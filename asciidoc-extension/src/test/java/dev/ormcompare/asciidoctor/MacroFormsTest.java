package dev.ormcompare.asciidoctor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form of the macro contract in DESIGN.md, converted by a real Asciidoctor. */
class MacroFormsTest extends RealAsciidoctorTest {

    private static List<String> tabNames(Document html) {
        return html.select(".ormcompare [role=tab]").eachText();
    }

    private static String selectedTab(Document html) {
        return html.selectFirst(".ormcompare [role=tab][aria-selected=true]").text();
    }

    @Test
    void quotedListShowsTheOrmsInTheOrderGiven() {
        Document html = conversion.html("ormcompare::[topic=apply,orms=\"prisma,django,sqlalchemy\"]\n");

        assertThat(tabNames(html)).containsExactly("Prisma", "Django ORM", "SQLAlchemy");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void unquotedListThatAsciiDocSplitsAtCommasKeepsEveryOrm() {
        Document html = conversion.html("ormcompare::[topic=apply,orms=django,sqlalchemy,prisma]\n");

        assertThat(tabNames(html)).containsExactly("Django ORM", "SQLAlchemy", "Prisma");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void unquotedListBeforeOtherAttributesKeepsEveryOrm() {
        Document html = conversion.html("ormcompare::[orms=django,prisma,topic=rollback]\n");

        assertThat(tabNames(html)).containsExactly("Django ORM", "Prisma");
        assertThat(html.selectFirst("[role=tablist]").attr("aria-label")).isEqualTo("Rollback Migration");
    }

    @Test
    void targetIsTheTopic() {
        Document html = conversion.html("ormcompare::status[orms=\"kysely,typeorm\"]\n");

        assertThat(html.selectFirst("[role=tablist]").attr("aria-label")).isEqualTo("Migration Status");
        assertThat(tabNames(html)).containsExactly("Kysely", "TypeORM");
    }

    @Test
    void withoutOrmsTheDocumentAttributeChooses() {
        Document html = conversion.html(":ormcompare-orms: drizzle, Django ORM\n\normcompare::generate[]\n");

        assertThat(tabNames(html)).containsExactly("Drizzle", "Django ORM");
    }

    @Test
    void withoutOrmsOrDocumentAttributeEveryOrmWithTheTopicIsShownInCatalogOrder() {
        Document html = conversion.html("ormcompare::apply[]\n");

        assertThat(tabNames(html)).containsExactly("SQL", "Django ORM", "SQLAlchemy", "SQLModel", "Tortoise ORM",
                "Peewee", "Prisma", "Drizzle", "Kysely", "TypeORM", "MikroORM", "Sequelize", "Flyway", "Liquibase");
    }

    @Test
    void ormIdsIgnoreCaseAndAcceptAliases() {
        Document html = conversion.html("ormcompare::apply[orms=\"DJANGO,mikro-orm,Tortoise ORM,drizzle-orm\"]\n");

        assertThat(tabNames(html)).containsExactly("Django ORM", "MikroORM", "Tortoise ORM", "Drizzle");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void djangoDjangoOrmAndDjangoDashOrmAreOneOrm() {
        for (String name : List.of("django", "Django ORM", "django-orm")) {
            Document html = conversion.html("ormcompare::apply[orms=\"" + name + "\"]\n");

            assertThat(tabNames(html)).as(name).containsExactly("Django ORM");
        }
    }

    @Test
    void selectedChoosesTheInitiallySelectedTabAndPanel() {
        Document html = conversion.html("ormcompare::apply[orms=\"django,prisma,sql\",selected=Prisma]\n");

        assertThat(selectedTab(html)).isEqualTo("Prisma");
        assertThat(html.select("[role=tab][tabindex=0]").eachText()).containsExactly("Prisma");
        assertThat(html.select(".ormcompare-panel.ormcompare-active").eachAttr("data-orm")).containsExactly("prisma");
    }

    @Test
    void withoutSelectedTheFirstTabIsSelected() {
        Document html = conversion.html("ormcompare::apply[orms=\"sql,prisma\"]\n");

        assertThat(selectedTab(html)).isEqualTo("SQL");
    }

    @Test
    void titleLineBeforeTheMacroBecomesTheBlockTitleAndNamesTheTabList() {
        Document html = conversion.html(".How to apply\normcompare::apply[orms=\"django,prisma\"]\n");

        Element block = html.selectFirst(".ormcompare");
        assertThat(block.selectFirst("> .title").text()).isEqualTo("How to apply");
        assertThat(block.selectFirst("[role=tablist]").attr("aria-label")).isEqualTo("How to apply");
    }

    @Test
    void titleAttributeWorksLikeATitleLine() {
        Document html = conversion.html("ormcompare::apply[orms=django,prisma,title=\"Apply it\"]\n");

        assertThat(html.selectFirst(".ormcompare > .title").text()).isEqualTo("Apply it");
        assertThat(tabNames(html)).containsExactly("Django ORM", "Prisma");
    }

    @Test
    void idLineBeforeTheMacroBecomesTheBlockIdAndPrefixesTabAndPanelIds() {
        Document html = conversion.html("[#apply-tabs]\normcompare::apply[orms=\"django,prisma\"]\n");

        assertThat(html.selectFirst(".ormcompare").id()).isEqualTo("apply-tabs");
        assertThat(html.select("[role=tab]").eachAttr("id")).containsExactly("apply-tabs-django-tab", "apply-tabs-prisma-tab");
        assertThat(html.select("[role=tabpanel]").eachAttr("id")).containsExactly("apply-tabs-django", "apply-tabs-prisma");
    }

    @Test
    void idTitleAndRoleTogether() {
        Document html = conversion.html(".Apply\n[#mine.wide]\normcompare::[topic=apply,orms=django,prisma]\n");

        Element block = html.selectFirst("#mine");
        assertThat(block.hasClass("ormcompare")).isTrue();
        assertThat(block.hasClass("wide")).isTrue();
        assertThat(block.selectFirst("> .title").text()).isEqualTo("Apply");
        assertThat(tabNames(html)).containsExactly("Django ORM", "Prisma");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void aCrossReferenceToTheBlockIdResolves() {
        Document html = conversion.html("See <<apply-tabs>>.\n\n.Applying\n[#apply-tabs]\normcompare::apply[orms=django]\n");

        assertThat(html.selectFirst("a[href=#apply-tabs]").text()).isEqualTo("Applying");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void macroInsideANestedDocumentWorks() {
        Document html = conversion.html("|===\na|\normcompare::apply[orms=django]\n|===\n");

        assertThat(tabNames(html)).containsExactly("Django ORM");
    }

    @Test
    void documentAttributesPassedByTheBuildChooseTheOrms() {
        String html = conversion.convert("guide.adoc", "ormcompare::status[]\n", "html5", false,
                Map.of("ormcompare-orms", "peewee"));

        assertThat(org.jsoup.Jsoup.parse(html).select("[role=tab]").eachText()).containsExactly("Peewee");
    }
}
