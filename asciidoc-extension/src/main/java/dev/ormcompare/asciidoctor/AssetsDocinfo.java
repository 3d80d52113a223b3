package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.DocinfoProcessor;
import org.asciidoctor.extension.Location;
import org.asciidoctor.extension.LocationType;

/**
 * Puts the tabs' CSS and JS in the head of a standalone HTML page that has comparisons. In the
 * head, the script marks the page as scripted before the body paints, so no tab flashes.
 */
@Location(LocationType.HEADER)
public final class AssetsDocinfo extends DocinfoProcessor {

    @Override
    public String process(Document document) {
        return Backends.showsTabs(document) && Assets.inline(document) && ComparisonBlocksOnPage.any(document) ? Assets.html() : "";
    }
}
