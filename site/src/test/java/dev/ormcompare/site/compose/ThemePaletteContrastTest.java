package dev.ormcompare.site.compose;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reads theme.css as written (src/main/web; the build minifies it) and checks its palette, one set of
 * custom properties whose colours are each {@code light-dark(light, dark)}: every colour a Rouge token
 * can get (the {@code --oc-tok-*} custom properties) against the code background, and the text colours
 * against the page, at WCAG AA (4.5:1), in light and in dark.
 */
class ThemePaletteContrastTest {

    private static final double AA = 4.5;
    private static final String CSS = withoutComments(read(Path.of("src/main/web/dev/ormcompare/site/theme/theme.css")));
    private static final Pattern LIGHT_DARK = Pattern.compile("light-dark\\((#[0-9a-fA-F]+), (#[0-9a-fA-F]+)\\)");

    /** Pygments' short token classes that Rouge writes for the languages of the built-in catalog and common docs. */
    private static final List<String> TOKEN_CLASSES = List.of("c", "c1", "cm", "cp", "k", "kd", "kn", "kt", "kc", "n",
            "na", "nb", "nc", "nf", "nn", "nt", "nv", "o", "ow", "p", "s", "s1", "s2", "sb", "sd", "se", "si", "sr",
            "ss", "m", "mi", "mf", "mh", "err", "gd", "gi", "gh", "gu", "ge", "gs", "w", "gp", "go", "bp", "nd", "no",
            "py");

    private static final Map<String, String> PALETTE = colourProperties(declarations(block(":root {")));
    private static final Map<String, String> LIGHT = scheme(1);
    private static final Map<String, String> DARK = scheme(2);

    @Test
    void theCheckRejectsTheStockGithubCommentColour() {
        // Rouge's github theme: comments #999988 on #f8f8f8, the kind of palette this test exists to refuse.
        assertThat(contrast("#999988", "#f8f8f8")).isCloseTo(2.72, within(.01)).isLessThan(AA);
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21, within(.001));
        assertThat(contrast("#777", "#fff")).isCloseTo(4.48, within(.01));
    }

    @Test
    void everyColourOfThePaletteIsWrittenOnceWithItsLightAndItsDarkValue() {
        assertThat(PALETTE).hasSizeGreaterThan(20).containsKeys("--oc-bg", "--oc-fg", "--oc-code-bg", "--oc-tok-comment");
        PALETTE.forEach((name, value) -> {
            assertThat(value).as(name).matches(LIGHT_DARK);
            assertThat(CSS.split(Pattern.quote(name + ":"), -1)).as(name + " is declared once").hasSize(2);
        });
    }

    @Test
    void rougeRulesColourTokensOnlyThroughTheTokenProperties() {
        Matcher rule = Pattern.compile("([^{}]*\\.rouge[^{}]*)\\{([^}]*)}").matcher(CSS);
        int rules = 0;
        while (rule.find()) {
            rules++;
            for (Map.Entry<String, String> declaration : declarations(rule.group(2)).entrySet()) {
                if (declaration.getKey().equals("color")) {
                    assertThat(declaration.getValue()).as("colour of " + rule.group(1).strip())
                            .matches("var\\(--oc-tok-[a-z]+\\)|inherit");
                }
                assertThat(declaration.getKey()).as("a token may not set its own background: " + rule.group(1).strip())
                        .isNotIn("background", "background-color");
            }
        }
        assertThat(rules).isGreaterThan(5);
    }

    @Test
    void everyCommonTokenClassHasARule() {
        Set<String> styled = new TreeSet<>();
        Matcher selector = Pattern.compile("\\.rouge \\.([a-z0-9]+)").matcher(CSS);
        while (selector.find()) {
            styled.add(selector.group(1));
        }
        assertThat(styled).containsAll(TOKEN_CLASSES);
    }

    @Test
    void everyTokenColourIsReadableOnTheCodeBackgroundInLight() {
        assertTokensReadable("light", LIGHT);
    }

    @Test
    void everyTokenColourIsReadableOnTheCodeBackgroundInDark() {
        assertTokensReadable("dark", DARK);
    }

    @Test
    void textColoursAreReadableInBothPalettes() {
        for (Map<String, String> palette : List.of(LIGHT, DARK)) {
            String scheme = palette == LIGHT ? "light" : "dark";
            assertReadable(scheme, palette, "--oc-fg", "--oc-bg");
            assertReadable(scheme, palette, "--oc-fg", "--oc-surface");
            assertReadable(scheme, palette, "--oc-heading", "--oc-bg");
            assertReadable(scheme, palette, "--oc-muted", "--oc-bg");
            assertReadable(scheme, palette, "--oc-muted", "--oc-surface");
            assertReadable(scheme, palette, "--oc-accent", "--oc-bg");
            assertReadable(scheme, palette, "--oc-accent", "--oc-accent-bg");
            assertReadable(scheme, palette, "--oc-accent", "--oc-surface");
            assertReadable(scheme, palette, "--oc-code-fg", "--oc-code-bg");
            assertReadable(scheme, palette, "--oc-fg", "--oc-mark-bg");
            for (String admonition : List.of("--oc-note", "--oc-tip", "--oc-important", "--oc-warning", "--oc-caution")) {
                assertReadable(scheme, palette, admonition, "--oc-bg");
            }
        }
    }

    private static void assertTokensReadable(String scheme, Map<String, String> palette) {
        Set<String> used = new TreeSet<>();
        Matcher var = Pattern.compile("var\\((--oc-tok-[a-z]+)\\)").matcher(CSS);
        while (var.find()) {
            used.add(var.group(1));
        }
        assertThat(used).as("token colours used").hasSizeGreaterThan(5);
        for (String token : used) {
            assertReadable(scheme, palette, token, "--oc-code-bg");
        }
    }

    private static void assertReadable(String scheme, Map<String, String> palette, String foreground, String background) {
        assertThat(palette).as(scheme + " palette").containsKeys(foreground, background);
        assertThat(contrast(palette.get(foreground), palette.get(background)))
                .as("%s: %s %s on %s %s", scheme, foreground, palette.get(foreground), background, palette.get(background))
                .isGreaterThanOrEqualTo(AA);
    }

    /** WCAG 2 contrast ratio of two opaque colours written #rgb or #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + .05) / (Math.min(la, lb) + .05);
    }

    private static double luminance(String hex) {
        assertThat(hex).as("a colour the contrast check can read").matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
        String digits = hex.length() == 4
                ? "" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3)
                : hex.substring(1);
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16) / 255.0;
            channel[i] = c <= .03928 ? c / 12.92 : Math.pow((c + .055) / 1.055, 2.4);
        }
        return .2126 * channel[0] + .7152 * channel[1] + .0722 * channel[2];
    }

    /** The custom properties that hold a colour, light and dark, among the declarations of a rule. */
    private static Map<String, String> colourProperties(Map<String, String> declarations) {
        Map<String, String> colours = new LinkedHashMap<>();
        declarations.forEach((name, value) -> {
            if (name.startsWith("--oc-") && (value.startsWith("#") || value.startsWith("light-dark("))) {
                colours.put(name, value);
            }
        });
        return colours;
    }

    /** Each colour of the palette in one scheme: the first value of its light-dark() or the second. */
    private static Map<String, String> scheme(int group) {
        Map<String, String> colours = new LinkedHashMap<>();
        PALETTE.forEach((name, value) -> {
            Matcher lightDark = LIGHT_DARK.matcher(value);
            colours.put(name, lightDark.matches() ? lightDark.group(group) : value);
        });
        return colours;
    }

    /** The body of the first rule whose selector ends with {@code opening}. */
    private static String block(String opening) {
        int start = CSS.indexOf(opening);
        assertThat(start).as("theme.css has a rule " + opening).isNotNegative();
        int end = CSS.indexOf('}', start);
        return CSS.substring(start + opening.length(), end);
    }

    private static Map<String, String> declarations(String body) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : body.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).strip(),
                        declaration.substring(colon + 1).strip().replaceAll("\\s+", " "));
            }
        }
        return declarations;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
