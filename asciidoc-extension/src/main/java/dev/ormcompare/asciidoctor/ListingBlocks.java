package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.SnippetFile;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds snippets to a comparison as source listings. Asciidoctor's parser decides a listing's
 * substitutions (whether the document's source highlighter colours it, for one), so the first
 * listing for each backend and source highlighter is parsed from the AsciiDoc a docs writer would
 * type ({@link SnippetListing}); every later one is created as the same block directly, with the
 * substitutions the parser chose. Parsing each listing was the larger part of a macro's time.
 *
 * <p>One per Asciidoctor, shared by the threads converting with it.
 */
final class ListingBlocks {

    /** Document attributes with which the parser rewrites a listing's lines: then every listing is parsed. */
    private static final List<String> LINE_ATTRIBUTES = List.of("tabsize", "source-indent");

    private final Map<String, List<String>> substitutionsByOutput = new ConcurrentHashMap<>();

    /** Appends listings to the blocks of one comparison in {@code document}. */
    Appender appenderFor(Processor processor, Document document) {
        return new Appender(processor, outputOf(document), document.hasAttribute("source-linenums-option"));
    }

    /**
     * Appends the listings of one comparison. What the parser's choice depends on is read from the
     * document once per comparison, not per listing: each read crosses into Ruby, and the attributes
     * cannot change inside one macro.
     */
    final class Appender {

        private final Processor processor;
        /** The backend and source highlighter; null when every listing is parsed. */
        private final String output;
        private final boolean linenums;

        private Appender(Processor processor, String output, boolean linenums) {
            this.processor = processor;
            this.output = output;
            this.linenums = linenums;
        }

        /**
         * Appends a listing of the file to {@code block}, titled {@code title} as written (untitled when empty).
         *
         * @param role       a role for the listing, or empty
         * @param attributes more attributes for the listing (not rendered), set as it is made
         * @return the listing appended
         */
        StructuralNode append(StructuralNode block, SnippetFile file, String title, String role,
                              Map<String, Object> attributes) {
            List<String> substitutions = output == null ? null : substitutionsByOutput.get(output);
            StructuralNode listing;
            if (substitutions == null) {
                processor.parseContent(block, SnippetListing.lines(file));
                List<StructuralNode> children = block.getBlocks();
                StructuralNode parsed = children.get(children.size() - 1);
                if (output != null) {
                    substitutionsByOutput.putIfAbsent(output, List.copyOf(((Block) parsed).getSubstitutions()));
                }
                attributes.forEach((name, value) -> parsed.setAttribute(name, value, true));
                listing = parsed;
            } else {
                // What the parser gives a [source,language,subs="-callouts"] listing, without reading one.
                Map<String, Object> created = new HashMap<>(attributes);
                created.put("language", file.language());
                if (linenums) {
                    created.put("linenums", "");
                }
                Block made = processor.createBlock(block, "listing", file.code(), created);
                made.setStyle("source");
                made.setSubstitutions(substitutions.toArray(String[]::new));
                block.append(made);
                listing = made;
            }
            if (!title.isEmpty()) {
                listing.setTitle(Html.literalTitle(title));
            }
            if (!role.isEmpty()) {
                listing.addRole(role);
            }
            return listing;
        }
    }

    /** The backend and source highlighter, on which the parser's choice depends; null when lines are rewritten. */
    private static String outputOf(Document document) {
        for (String attribute : LINE_ATTRIBUTES) {
            if (document.hasAttribute(attribute)) {
                return null;
            }
        }
        Object highlighter = document.getAttribute("source-highlighter");
        return document.getAttribute("backend") + "\u0000" + (highlighter == null ? "" : highlighter);
    }
}
