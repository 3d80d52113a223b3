package dev.ormcompare.site.nav;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nav file's link that is not to a page: an address on the web ({@code https://example.com}), or a
 * file of the site ({@code link:api/index.html[]}, relative to the site's root, as in Antora). Only
 * schemes that lead to a document or a mail are links; a {@code javascript:} or {@code data:} one is
 * refused, so the navigation never runs what a nav file names.
 *
 * @param target       the address as written
 * @param fromSiteRoot a path from the site's root, to be reached from each page
 */
record NavLink(String target, boolean fromSiteRoot) {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "ftp", "ftps");

    /** The link, or empty when its scheme is not one a navigation may follow. */
    static Optional<NavLink> of(String target) {
        Matcher scheme = SCHEME.matcher(target);
        if (!scheme.find()) {
            return Optional.of(new NavLink(target.startsWith("/") ? target.substring(1) : target, true));
        }
        return SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))
                ? Optional.of(new NavLink(target, false)) : Optional.empty();
    }

    /** Its address from a page whose way up to the site's root is {@code root}. */
    String href(String root) {
        return fromSiteRoot ? root + target : target;
    }
}
