package dev.ormcompare.site;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A team's own look on every page of the site, without a theme of its own.
 *
 * @param favicon       an icon of the site (path from its root, e.g. {@code images/favicon.svg}); empty for none
 * @param accent        the accent colour (links, focus, the current page) as CSS writes it; empty for the theme's
 * @param accentDark    the accent colour of the dark scheme; empty for {@link #accent}
 * @param repositoryUrl the project's repository, linked in the header with its host's icon; empty for none
 * @param chatUrl       the team's chat, linked in the header; empty for none
 * @param headerLinks   more links in the header
 * @param footerLinks   links in the footer, under its text
 * @param stylesheets   stylesheets of the site (paths from its root) loaded after the theme's
 * @param scripts       scripts of the site (paths from its root) run once the page is read ({@code defer})
 */
public record SiteBranding(String favicon, String accent, String accentDark, String repositoryUrl, String chatUrl,
                           List<SiteLink> headerLinks, List<SiteLink> footerLinks, List<String> stylesheets,
                           List<String> scripts) {

    /** What CSS takes as a colour, and nothing that could end the rule it goes into. */
    private static final Pattern COLOUR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\([0-9a-zA-Z.,%/ +-]*\\)");

    /** The theme as it is. */
    public static final SiteBranding NONE = new SiteBranding("", "", "", "", "", List.of(), List.of(), List.of(), List.of());

    public SiteBranding {
        favicon = strip(favicon);
        accent = colour(strip(accent), "accentColor");
        accentDark = colour(strip(accentDark), "accentColorDark");
        repositoryUrl = url(strip(repositoryUrl));
        chatUrl = url(strip(chatUrl));
        headerLinks = List.copyOf(headerLinks);
        footerLinks = List.copyOf(footerLinks);
        stylesheets = stylesheets.stream().map(String::strip).filter(path -> !path.isEmpty()).toList();
        scripts = scripts.stream().map(String::strip).filter(path -> !path.isEmpty()).toList();
    }

    /** Everything here, for the pages' fingerprint. */
    public String describe() {
        return String.join("\t", favicon, accent, accentDark, repositoryUrl, chatUrl, headerLinks.toString(),
                footerLinks.toString(), stylesheets.toString(), scripts.toString());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String url(String url) {
        if (!url.isEmpty()) {
            SiteLink.checkUrl(url);
        }
        return url;
    }

    private static String colour(String colour, String parameter) {
        if (!colour.isEmpty() && !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException(parameter + " '" + colour + "' is not a CSS colour; write it as CSS "
                    + "does, e.g. #8a2be2, rebeccapurple or oklch(55% 0.2 300)");
        }
        return colour;
    }
}
