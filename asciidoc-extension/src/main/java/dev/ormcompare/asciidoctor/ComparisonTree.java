package dev.ormcompare.asciidoctor;

/**
 * How a comparison appears in Asciidoctor's document tree, for tools that walk the tree after the
 * macros ran (a search index, say): an open block with the role {@link #ROLE} and these attributes,
 * holding per ORM, in the order of {@link #ORMS}, a source listing per file titled with the ORM's name
 * (and the file's, when there are several) and its note, a paragraph with the role {@link #NOTE_ROLE}
 * (before the listings when the page shows tabs, after them otherwise), then the SQL it sent (a listing
 * in a disclosure, role {@link #SQL_ROLE}); or, for an ORM without a snippet, a NOTE admonition with
 * the role {@link #MISSING_ROLE}. The id of the tab panel of ORM {@code o} in block {@code b} is
 * {@code b-o}: a link to it opens that tab.
 */
public final class ComparisonTree {

    public static final String ROLE = ComparisonBlocks.ROLE;
    public static final String NOTE_ROLE = "ormcompare-note";
    public static final String SQL_ROLE = ComparisonBlocks.SQL_ROLE;
    public static final String MISSING_ROLE = GapBlocks.ROLE;

    /** The topic's id. */
    public static final String TOPIC = ComparisonBlocks.TOPIC_ATTRIBUTE;

    /** The topic's qualified id, e.g. {@code migrations/rollback}. */
    public static final String QUALIFIED_TOPIC = ComparisonBlocks.QUALIFIED_TOPIC_ATTRIBUTE;

    /** On each listing and missing note of a cell: the id of its ORM. */
    public static final String ORM = ComparisonBlocks.ORM_ATTRIBUTE;

    /**
     * On each listing and missing note of a cell: what it shows, as text, e.g. "Prisma: schema.prisma" or
     * "Hibernate ORM: SQL sent" (a listing in a tab shows no title of its own).
     */
    public static final String LABEL = ComparisonBlocks.LABEL_ATTRIBUTE;

    /** The topic's title. */
    public static final String TOPIC_TITLE = ComparisonBlocks.TOPIC_TITLE_ATTRIBUTE;

    /** The ids of the ORMs shown, separated by spaces. */
    public static final String ORMS = ComparisonBlocks.ORMS_ATTRIBUTE;

    private ComparisonTree() {
    }

    /** The id of the tab panel showing {@code ormId} in the block {@code blockId}. */
    public static String panelId(String blockId, String ormId) {
        return TabsMarkup.panelId(blockId, ormId);
    }
}
