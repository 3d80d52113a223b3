package dev.ormcompare.site;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A link the site's header or footer shows on every page: its text, and where it leads (a web address, or
 * a path from the site's root). Anything a browser could run ({@code javascript:}, {@code data:}) is refused.
 */
public record SiteLink(String text, String url) {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    public SiteLink {
        text = text == null ? "" : text.strip();
        url = url == null ? "" : url.strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException("the link '" + text + "' has no url");
        }
        checkUrl(url);
    }

    /** True for a web address ({@code https://...}, {@code mailto:}), false for a path in the site. */
    public boolean isExternal() {
        return SCHEME.matcher(url).find() || url.startsWith("//");
    }

    /** @throws IllegalArgumentException when {@code url} has a scheme other than http, https or mailto */
    public static void checkUrl(String url) {
        var scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String name = scheme.group().toLowerCase(Locale.ROOT);
            if (!name.equals("http:") && !name.equals("https:") && !name.equals("mailto:")) {
                throw new IllegalArgumentException("'" + url + "' is not a web address: only http:, https: and mailto: "
                        + "links, or paths from the site's root, are allowed");
            }
        }
    }
}
