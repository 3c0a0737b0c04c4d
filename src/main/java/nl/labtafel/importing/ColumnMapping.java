package nl.labtafel.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which column holds the post-it's text, its actor group and its organisation (-1: none), and whether the
 * first row is a header. {@link #guess} reads a header in Dutch or English; without one, the first column is
 * the text.
 */
public record ColumnMapping(int text, int group, int organisation, boolean header) {
    private static final Set<String> TEXT = Set.of("tekst", "text", "postit", "post-it", "notitie", "note", "wat",
            "what", "omschrijving", "description", "initiatief", "activiteit", "activity");
    private static final Set<String> GROUP = Set.of("groep", "actorgroep", "group", "actor", "actorgroup", "wie",
            "who", "doelgroep", "stakeholder", "belanghebbende");
    private static final Set<String> ORGANISATION = Set.of("organisatie", "organisation", "organization", "org",
            "door", "by", "organisator");

    public static ColumnMapping guess(SourceTable table) {
        if (table.rows().isEmpty()) {
            return new ColumnMapping(0, -1, -1, false);
        }
        List<String> first = table.rows().get(0).cells();
        int text = find(first, TEXT);
        int group = find(first, GROUP);
        int organisation = find(first, ORGANISATION);
        if (text >= 0 || group >= 0 || organisation >= 0) {
            return new ColumnMapping(text >= 0 ? text : firstOther(first.size(), group, organisation), group,
                    organisation, true);
        }
        return new ColumnMapping(0, table.columnCount() > 1 ? 1 : -1, table.columnCount() > 2 ? 2 : -1, false);
    }

    /**
     * A column named on the command line: a header name (any case), a number from 1, or a letter as in Excel
     * (A, B, …). Returns -1 when the table has no such column.
     */
    public static int resolve(String spec, SourceTable table, boolean header) {
        String s = spec.strip();
        if (header && !table.rows().isEmpty()) {
            List<String> names = table.rows().get(0).cells();
            for (int i = 0; i < names.size(); i++) {
                if (normal(names.get(i)).equals(normal(s))) {
                    return i;
                }
            }
        }
        if (s.matches("\\d{1,4}")) {
            int n = Integer.parseInt(s) - 1;
            return n >= 0 && n < Math.max(1, table.columnCount()) ? n : -1;
        }
        if (s.matches("[A-Za-z]{1,2}")) {
            int n = 0;
            for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
                n = n * 26 + (c - 'A' + 1);
            }
            return n - 1 < Math.max(1, table.columnCount()) ? n - 1 : -1;
        }
        return -1;
    }

    public ColumnMapping withText(int column) {
        return new ColumnMapping(column, group, organisation, header);
    }

    public ColumnMapping withGroup(int column) {
        return new ColumnMapping(text, column, organisation, header);
    }

    public ColumnMapping withOrganisation(int column) {
        return new ColumnMapping(text, group, column, header);
    }

    public ColumnMapping withHeader(boolean firstRowIsHeader) {
        return new ColumnMapping(text, group, organisation, firstRowIsHeader);
    }

    private static int find(List<String> cells, Set<String> names) {
        for (int i = 0; i < cells.size(); i++) {
            if (names.contains(normal(cells.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOther(int columns, int group, int organisation) {
        for (int i = 0; i < columns; i++) {
            if (i != group && i != organisation) {
                return i;
            }
        }
        return 0;
    }

    /** "Post-it's " -> "post-its", "Actor­groep" -> "actorgroep": lower case, accents and spaces gone. */
    static String normal(String s) {
        String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s'’:]", "").replaceAll("s$", "");
    }
}
