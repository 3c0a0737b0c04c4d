package nl.labtafel.ui.look;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The projector theme promises text contrast of at least 7:1 (WCAG AAA): every text colour it defines
 * against every background it defines, computed from the stylesheet itself.
 */
class ProjectorContrastTest {
    private static final List<String> TEXT = List.of("-color-fg-default", "-color-fg-muted", "-color-fg-subtle",
            "-color-accent-fg", "-color-danger-fg", "-color-warning-fg", "-color-success-fg",
            "-lt-timer-warning-fg", "-lt-timer-over-fg");
    private static final List<String> BACKGROUNDS = List.of("-color-bg-default", "-color-bg-subtle",
            "-color-bg-overlay", "-color-accent-subtle", "-color-danger-subtle", "-lt-current-bg");

    @Test
    void everyTextColourHasAtLeastSevenToOneOnEveryBackground() throws IOException {
        Map<String, String> vars = variables("projector.css");
        for (String fg : TEXT) {
            for (String bg : BACKGROUNDS) {
                double ratio = contrast(vars.get(fg), vars.get(bg));
                assertTrue(ratio >= 7.0, fg + " on " + bg + " is only " + ratio + ":1");
            }
        }
        double timer = contrast(vars.get("-lt-timer-warning-fg"), vars.get("-lt-timer-warning-bg"));
        assertTrue(timer >= 7.0, "timer warning " + timer);
        double over = contrast(vars.get("-lt-timer-over-fg"), vars.get("-lt-timer-over-bg"));
        assertTrue(over >= 7.0, "timer over " + over);
        double onAccent = contrast(vars.get("-color-fg-emphasis"), vars.get("-color-accent-emphasis"));
        assertTrue(onAccent >= 7.0, "text on accent buttons " + onAccent);
    }

    static Map<String, String> variables(String stylesheet) throws IOException {
        String css;
        try (InputStream in = Look.class.getResourceAsStream(stylesheet)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> vars = new HashMap<>();
        Matcher m = Pattern.compile("(-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(css);
        while (m.find()) {
            vars.put(m.group(1), m.group(2));
        }
        return vars;
    }

    /** WCAG 2 contrast ratio of two #RRGGBB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
