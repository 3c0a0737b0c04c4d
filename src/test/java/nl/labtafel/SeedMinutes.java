package nl.labtafel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed minutes of the Arbeidsmigranten LAB, read as the paragraphs and bullets a reader sees, from the
 * copy in {@code src/test/resources/nl/labtafel/seed/}, so the example-session tests run on any clone.
 */
public final class SeedMinutes {
    public static final String FILE_NAME = "arbeidsmigranten-lab-2018-04-24.txt";
    private static final String MOGELIJK_VERVOLG = "Mogelijk vervolg: ";

    private final List<String> paragraphs;

    private SeedMinutes(String text) {
        this.paragraphs = paragraphs(text);
    }

    public static SeedMinutes load() {
        return new SeedMinutes(bundledText());
    }

    public static String bundledText() {
        try (InputStream in = SeedMinutes.class.getResourceAsStream("seed/" + FILE_NAME)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One paragraph per non-empty line. The seed has two sentences broken over a blank line ("vinden / van de
     * juiste weg", "in / samenwerking"): a line that starts in lower case continues the paragraph before it.
     */
    public static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean continuation = !result.isEmpty() && Character.isLowerCase(s.charAt(0)) && !s.startsWith("d.d.");
            if (continuation) {
                result.set(result.size() - 1, result.get(result.size() - 1) + " " + s);
            } else {
                result.add(s);
            }
        }
        return result;
    }

    public String introduction() {
        return paragraphs.get(after("Introductie"));
    }

    /** The "Opvallend:" points. */
    public List<String> observations() {
        return bullets("Opvallend:", "Kansen en uitdagingen:");
    }

    /** The "Kansen en uitdagingen:" points, in the seed's order. */
    public List<String> opportunitiesAndChallenges() {
        return bullets("Kansen en uitdagingen:", "Thema's onderzoeksteams");
    }

    /** The theme names listed under "Thema's onderzoeksteams". */
    public List<String> themes() {
        return bullets("Thema's onderzoeksteams", "In het onderzoeksteam stonden drie vragen centraal:");
    }

    /** The outcome paragraph of research team {@code number} (1-based). */
    public String teamOutcome(int number) {
        return paragraphs.get(teamHeading(number) + 1);
    }

    /** The team's "Mogelijk vervolg", without that label. */
    public String teamNextStep(int number) {
        String p = paragraphs.get(teamHeading(number) + 2);
        if (!p.startsWith(MOGELIJK_VERVOLG)) {
            throw new IllegalStateException("team " + number + " has no '" + MOGELIJK_VERVOLG + "' paragraph");
        }
        return p.substring(MOGELIJK_VERVOLG.length());
    }

    /** The Vervolg paragraphs, separated by a blank line as the session stores them. */
    public String followUp() {
        return String.join("\n\n", paragraphs.subList(after("Vervolg"), paragraphs.indexOf("Afgesproken")));
    }

    /** The "Afgesproken" points. */
    public List<String> actions() {
        return bullets("Afgesproken", null);
    }

    private int teamHeading(int number) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(number + ". ")
                    && i > paragraphs.indexOf("Belangrijkste uitkomsten onderzoeksteams")) {
                return i;
            }
        }
        throw new IllegalStateException("no research team " + number + " in the seed");
    }

    private int after(String heading) {
        int i = paragraphs.indexOf(heading);
        if (i < 0) {
            throw new IllegalStateException("no heading '" + heading + "' in the seed");
        }
        return i + 1;
    }

    private List<String> bullets(String heading, String nextHeading) {
        int end = nextHeading == null ? paragraphs.size() : paragraphs.indexOf(nextHeading);
        return paragraphs.subList(after(heading), end).stream()
                .filter(p -> p.startsWith("- "))
                .map(p -> p.substring(2))
                .toList();
    }
}
