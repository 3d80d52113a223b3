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

    /**
     * Appends a listing of the file to {@code block}, titled {@code title} as written (untitled when empty).
     *
     * @param role a role for the listing, or empty
     * @return the listing appended
     */
    StructuralNode append(Processor processor, StructuralNode block, SnippetFile file, String title, String role) {
        Document document = block.getDocument();
        String output = outputOf(document);
        List<String> substitutions = output == null ? null : substitutionsByOutput.get(output);
        StructuralNode listing;
        if (substitutions == null) {
            processor.parseContent(block, SnippetListing.lines(file));
            List<StructuralNode> children = block.getBlocks();
            listing = children.get(children.size() - 1);
            if (output != null) {
                substitutionsByOutput.putIfAbsent(output, List.copyOf(((Block) listing).getSubstitutions()));
            }
        } else {
            // What the parser gives a [source,language,subs="-callouts"] listing, without reading one.
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("language", file.language());
            if (document.hasAttribute("source-linenums-option")) {
                attributes.put("linenums", "");
            }
            Block created = processor.createBlock(block, "listing", file.code(), attributes);
            created.setStyle("source");
            created.setSubstitutions(substitutions.toArray(String[]::new));
            block.append(created);
            listing = created;
        }
        if (!title.isEmpty()) {
            listing.setTitle(Html.literalTitle(title));
        }
        if (!role.isEmpty()) {
            listing.addRole(role);
        }
        return listing;
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
