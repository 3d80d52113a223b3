package dev.ormcompare.site.preview;

import dev.ormcompare.site.Problem;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.internal.JsonText;

import java.nio.file.Path;
import java.util.List;

/** The data of the preview's events, as the page's preview script reads them. */
final class PreviewJson {

    private PreviewJson() {
    }

    /** {@code {"written":["guide/index.html",...]}} */
    static String written(List<String> paths) {
        StringBuilder json = new StringBuilder("{\"written\":[");
        for (int i = 0; i < paths.size(); i++) {
            JsonText.string(json.append(i == 0 ? "" : ","), paths.get(i));
        }
        return json.append("]}").toString();
    }

    /**
     * {@code {"problems":[{"severity":"ERROR","file":"src/docs/asciidoc/guide.adoc","line":12,"message":"..."}]}}
     *
     * @param base paths are shown relative to it, as the build log shows them; null for none
     */
    static String problems(List<Problem> problems, Path base) {
        StringBuilder json = new StringBuilder("{\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            Path file = base != null && problem.file().isAbsolute() && problem.file().startsWith(base)
                    ? base.relativize(problem.file()) : problem.file();
            JsonText.string(json.append(i == 0 ? "" : ",").append("{\"severity\":"), problem.severity().name());
            JsonText.string(json.append(",\"file\":"), DocsTree.slashed(file));
            json.append(",\"line\":").append(problem.line());
            JsonText.string(json.append(",\"message\":"), problem.message()).append('}');
        }
        return json.append("]}").toString();
    }
}
