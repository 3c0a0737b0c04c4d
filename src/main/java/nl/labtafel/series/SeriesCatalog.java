package nl.labtafel.series;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.labtafel.io.Json;
import nl.labtafel.model.Session;

/**
 * The sessions in a folder, read only as far as a series needs them (header, series link, themes, teams,
 * actions; the post-its and insights are skipped unread), and which of them form one series: the same series
 * id, or linked by "previous file". Plain blocking I/O: callers keep it off the JavaFX thread.
 */
public final class SeriesCatalog {
    /** The first session of a series has no link of its own; the second names it as its previous file. */
    @JsonIgnoreProperties({"notes", "insights", "phases", "canvasQuestions"})
    private abstract static class SummaryMixIn {
    }

    private static final ObjectReader SUMMARY = Json.mapper().copy().addMixIn(Session.class, SummaryMixIn.class)
            .readerFor(Session.class);

    /** A session file and what was read of it. */
    public record Entry(Path file, Session session) {
        public String fileName() {
            return file.getFileName().toString();
        }

        LocalDate date() {
            return session.getHeader().getDate();
        }
    }

    /** The readable sessions, and one line per file that could not be read (it is left out, not fatal). */
    public record Scan(List<Entry> entries, List<String> unreadable) {
    }

    private SeriesCatalog() {
    }

    public static Scan scan(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    entries.add(new Entry(file, read(file)));
                } catch (IOException | RuntimeException e) {
                    unreadable.add(file.getFileName().toString());
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::fileName));
        return new Scan(List.copyOf(entries), List.copyOf(unreadable));
    }

    static Session read(Path file) throws IOException {
        return SUMMARY.readValue(file.toFile());
    }

    /**
     * The series {@code file} belongs to, oldest first: every session sharing its series id or linked to it by
     * previous-file names, in chain order (a session after the one it names as previous), then by date.
     */
    public static List<Entry> seriesOf(Scan scan, Path file) {
        Map<String, Entry> byName = new HashMap<>();
        scan.entries().forEach(e -> byName.put(key(e.fileName()), e));
        Map<String, String> parent = new HashMap<>();
        scan.entries().forEach(e -> parent.put(key(e.fileName()), key(e.fileName())));
        Map<String, String> firstOfSeries = new HashMap<>();
        for (Entry e : scan.entries()) {
            String name = key(e.fileName());
            if (e.session().getSeries() == null) {
                continue;
            }
            String previous = key(e.session().getSeries().getPreviousFile());
            if (byName.containsKey(previous)) {
                union(parent, name, previous);
            }
            String id = e.session().getSeries().getSeriesId();
            if (id != null) {
                String first = firstOfSeries.putIfAbsent(id, name);
                if (first != null) {
                    union(parent, name, first);
                }
            }
        }
        String root = find(parent, key(file.getFileName().toString()));
        List<Entry> members = new ArrayList<>();
        for (Entry e : scan.entries()) {
            if (find(parent, key(e.fileName())).equals(root)) {
                members.add(e);
            }
        }
        return chainOrder(members);
    }

    /** Oldest first: depth in the previous-file chain, then date, then name. */
    private static List<Entry> chainOrder(List<Entry> members) {
        Map<String, Entry> byName = new HashMap<>();
        members.forEach(e -> byName.put(key(e.fileName()), e));
        Map<Entry, Integer> depth = new HashMap<>();
        for (Entry e : members) {
            int d = 0;
            Entry current = e;
            while (current.session().getSeries() != null && d <= members.size()) {
                Entry previous = byName.get(key(current.session().getSeries().getPreviousFile()));
                if (previous == null) {
                    d++;
                    break;
                }
                current = previous;
                d++;
            }
            depth.put(e, d);
        }
        List<Entry> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.<Entry>comparingInt(depth::get)
                .thenComparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::fileName));
        return ordered;
    }

    private static String key(String fileName) {
        return fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
