package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.ErrorText;

import org.asciidoctor.ast.Document;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a comparison shows what is not code: ORMs the catalog says nothing of ({@code missing=show},
 * document attribute {@code ormcompare-missing}) and the SQL a snippet sent ({@code sql=open|closed|hidden},
 * document attribute {@code ormcompare-sql}). The macro's own attribute wins over the document's.
 *
 * @param showGaps whether an ORM without a snippet gets a "No snippet" tab instead of an error
 * @param sql      how the statements a snippet sent are shown
 */
record CellOptions(boolean showGaps, Sql sql) {

    static final String MISSING_ATTRIBUTE = "ormcompare-missing";
    static final String SQL_ATTRIBUTE = "ormcompare-sql";

    /** How the SQL a snippet sent is shown under its code. */
    enum Sql {
        /** In a disclosure, open. */
        OPEN,
        /** In a disclosure the reader opens: the default. */
        CLOSED,
        /** Not at all. */
        HIDDEN
    }

    /** The options of one macro: its own {@code missing} and {@code sql}, else the document's. */
    static CellOptions of(Map<String, Object> macroAttributes, Document document) throws ComparisonException {
        Object missing = macroAttributes.get("missing");
        Object sql = macroAttributes.get("sql");
        return read(missing != null ? missing.toString() : text(document.getAttribute(MISSING_ATTRIBUTE)), missing != null,
                sql != null ? sql.toString() : text(document.getAttribute(SQL_ATTRIBUTE)), sql != null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * @param missing the macro's {@code missing}, else the document's {@code ormcompare-missing}; null for neither
     * @param sql     the macro's {@code sql}, else the document's {@code ormcompare-sql}; null for neither
     * @param macroHasMissing whether {@code missing} came from the macro, for the message
     * @param macroHasSql whether {@code sql} came from the macro, for the message
     */
    static CellOptions read(String missing, boolean macroHasMissing, String sql, boolean macroHasSql)
            throws ComparisonException {
        boolean showGaps = false;
        if (missing != null) {
            String value = missing.strip().toLowerCase(Locale.ROOT);
            if (!value.equals("show") && !value.equals("error")) {
                throw new ComparisonException((macroHasMissing ? "missing=" : MISSING_ATTRIBUTE + "=")
                        + ErrorText.quote(missing) + " is not a choice; use show (a \"No snippet\" tab for an ORM "
                        + "without a snippet) or error (the default)");
            }
            showGaps = value.equals("show");
        }
        Sql view = Sql.CLOSED;
        if (sql != null) {
            String value = sql.strip().toUpperCase(Locale.ROOT);
            if (List.of("OPEN", "CLOSED", "HIDDEN").stream().noneMatch(value::equals)) {
                throw new ComparisonException((macroHasSql ? "sql=" : SQL_ATTRIBUTE + "=") + ErrorText.quote(sql)
                        + " is not a choice; use open, closed (the default) or hidden");
            }
            view = Sql.valueOf(value);
        }
        return new CellOptions(showGaps, view);
    }
}
