package nl.labtafel.ui.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;

/**
 * The start screen's share of the AtlantaFX theme (issue 18). Reading the whole theme (1,000 rules, a
 * 197 kB binary stylesheet) was most of what the start screen cost over a bare JavaFX window. A rule
 * can only match a node if every style class its selector names is on that node or its ancestors, so
 * the rules whose selectors name only classes the start screen (and its pop-ups) uses give it exactly
 * the styles the whole theme would: the same rules, values and order, hence the same pixels.
 *
 * <p>Made at build time ({@code process-classes}, see the pom) from the theme inside the AtlantaFX jar, so
 * it follows the AtlantaFX version; ThemeSubsetTest checks the vocabulary against the live start screen
 * and the pixels against the whole theme. The app falls back to the whole theme if the subset is missing
 * (a run from an IDE that skipped the build step).
 */
public final class ThemeSubset {
    /**
     * Every style class a node of the start screen carries, including the pop-ups it can open without
     * leaving it (the menus of its choice boxes, the date picker's calendar, the tooltip, a text field's
     * context menu). AtlantaFX's class names and ours ({@code lt-…}, which the theme never names).
     */
    public static final Set<String> START_SCREEN = Set.of(
            "accent", "arrow", "arrow-button", "box", "button", "calendar-grid", "cell", "check-box", "choice-box",
            "combo-box-base", "combo-box-popup", "context-menu", "corner", "date-cell", "date-picker", "date-picker-display-node",
            "date-picker-popup", "day-cell", "day-name-cell", "decrement-arrow", "decrement-button", "edge-to-edge",
            "ikonli-font-icon", "increment-arrow", "increment-button", "label", "left-arrow", "left-button", "left-container", "line",
            "mark", "menu-down-arrow", "menu-item", "menu-up-arrow", "month-year-pane", "next-month", "open-button",
            "popup", "previous-month", "radio", "radio-menu-item", "right-arrow", "right-button", "root",
            "scroll-arrow", "scroll-bar", "scroll-pane", "selected", "separator", "spinner", "spinner-label", "text",
            "text-field", "text-input", "thumb", "today", "tooltip", "track", "track-background", "viewport");

    /** The themes the looks are made of (Look), each subset next to this class as {@code start-NAME.bss}. */
    static final List<Theme> THEMES = List.of(new PrimerLight(), new PrimerDark());

    private ThemeSubset() {
    }

    /** The resource name of a theme's start subset, from the theme's own binary stylesheet path. */
    static String subsetName(String themeStylesheet) {
        String file = themeStylesheet.substring(themeStylesheet.lastIndexOf('/') + 1);
        return "start-" + file.replaceFirst("\\.(b|c)ss$", ".bss");
    }

    /**
     * The rules of {@code css} that some selector of theirs could match with only {@code classes} around,
     * in their order and exactly as written. AtlantaFX's themes are flat rules (no @-rules, no nesting);
     * anything else stops the build rather than being filtered wrongly.
     */
    public static String subset(String withComments, Set<String> classes) {
        // Comments first: AtlantaFX's describe a rule's structure with braces in them.
        String css = withComments.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (true) {
            int open = css.indexOf('{', from);
            if (open < 0) {
                if (!css.substring(from).isBlank()) {
                    throw new IllegalArgumentException("text after the last rule: " + css.substring(from).strip());
                }
                return kept.toString();
            }
            int close = css.indexOf('}', open);
            String selectors = css.substring(from, open).strip();
            if (close < 0 || selectors.contains("@") || css.substring(open + 1, close).contains("{")) {
                throw new IllegalArgumentException("not a flat rule: " + css.substring(from, Math.min(css.length(),
                        open + 80)));
            }
            if (matchable(selectors, classes)) {
                kept.append(selectors).append(' ').append(css, open, close + 1).append('\n');
            }
            from = close + 1;
        }
    }

    private static boolean matchable(String selectors, Set<String> classes) {
        for (Rule rule : new CssParser().parse(selectors + " {}").getRules()) {
            for (Selector selector : rule.getSelectors()) {
                List<SimpleSelector> parts = selector instanceof CompoundSelector compound
                        ? compound.getSelectors() : List.of((SimpleSelector) selector);
                if (parts.stream().allMatch(p -> classes.containsAll(p.getStyleClasses()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Build step: writes each theme's start subset as a binary stylesheet into the folder given. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (Theme theme : THEMES) {
            String source = theme.getUserAgentStylesheet();
            String css;
            try (InputStream in = ThemeSubset.class.getResourceAsStream(source)) {
                if (in == null) {
                    throw new IOException("not in the AtlantaFX jar: " + source);
                }
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path text = Files.createTempFile("labtafel-start-theme", ".css");
            try {
                String subset = subset(css, START_SCREEN);
                Files.writeString(text, subset);
                Path binary = folder.resolve(subsetName(source));
                Stylesheet.convertToBinary(text.toFile(), binary.toFile());
                System.out.printf("%s: %d of %d kB of CSS kept for the start screen%n", binary.getFileName(),
                        subset.length() / 1000, css.length() / 1000);
            } finally {
                Files.deleteIfExists(text);
            }
        }
    }
}
