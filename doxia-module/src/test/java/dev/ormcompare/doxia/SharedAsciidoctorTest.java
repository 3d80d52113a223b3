package dev.ormcompare.doxia;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One Asciidoctor for every page, every project, every thread: the same pages as converted one at a time. */
class SharedAsciidoctorTest {

    private static final String PAGE = """
            = Status %d

            ormcompare::status[orms="sql,django,prisma"]

            [source,sql]
            ----
            SELECT name FROM migrations WHERE applied_at IS NOT NULL;
            ----
            """;

    @TempDir
    Path directory;

    @Test
    void everyPageOfEveryProjectSharesOneInstance() {
        assertThat(SharedAsciidoctor.instance()).isSameAs(SharedAsciidoctor.instance());
    }

    @Test
    void pagesConvertedOnSeveralThreadsComeOutAsConvertedOneByOne() throws Exception {
        SiteSettings settings = SiteSettings.read(new SiteProject(directory, """
                <attributes><source-highlighter>rouge</source-highlighter></attributes>
                """).project());
        List<String> serial = new ArrayList<>();
        for (int page = 0; page < 12; page++) {
            serial.add(SharedAsciidoctor.instance().convert(PAGE.formatted(page), settings).body());
        }

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parallel = new ArrayList<>();
            for (int page = 0; page < 12; page++) {
                String source = PAGE.formatted(page);
                parallel.add(threads.submit(() -> SharedAsciidoctor.instance().convert(source, settings).body()));
            }
            for (int page = 0; page < 12; page++) {
                assertThat(parallel.get(page).get()).isEqualTo(serial.get(page));
            }
        } finally {
            threads.shutdown();
        }
        assertThat(serial.get(0)).contains("class=\"k\">SELECT").doesNotContain("class=\"err\"");
    }
}
