package dev.ormcompare.maven;

/**
 * A link of the site's header or footer as a pom writes it:
 * {@code <link><text>Privacy</text><url>legal/privacy.html</url></link>}; the url a web address or a path
 * from the site's root.
 */
public class Link {

    private String text;
    private String url;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
