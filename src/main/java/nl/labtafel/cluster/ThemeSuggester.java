package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionHeader;
import org.carrot2.language.LanguageComponents;

/**
 * Suggests themes for a session's notes with Carrot2. It only proposes: the session is read, never changed
 * (apply accepted proposals with {@link AcceptedProposals}). Thread-safe; run it off the JavaFX thread on a
 * snapshot ({@code session.copy()}), since the board may change the live session meanwhile.
 *
 * <p>How: each note's language is guessed (Dutch/English function words); per language, notes go to Carrot2's
 * Lingo with the parts of Dutch compounds as an extra field ({@link CompoundSplitter}) and the session's subject
 * words as stopwords ({@link SubjectWords}); Lingo's overlapping clusters are made disjoint ({@link Partition})
 * and a second Lingo pass runs over the notes the first left out.
 */
public final class ThemeSuggester {
    /** A second language gets its own clustering only when it has enough notes to form themes of its own. */
    private static final int MIN_LANGUAGE_GROUP = 6;
    private static final int PASSES = 2;

    private final Algorithm algorithm;
    private volatile LanguageResources resources;

    public ThemeSuggester() {
        this(Algorithm.LINGO);
    }

    public ThemeSuggester(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    /**
     * Loads the language data and runs the clustering paths once; the app calls this on a background thread at
     * start (see ThemeSuggesterFirstCallBenchmark for what it saves on the first real call).
     */
    public void warmUp() {
        resources();
        suggest(WarmUpSession.of(40), SuggestOptions.defaults());
        suggest(WarmUpSession.of(CarrotClusterer.LARGE + 50), SuggestOptions.defaults());
    }

    private LanguageResources resources() {
        LanguageResources r = resources;
        if (r == null) {
            synchronized (this) {
                r = resources;
                if (r == null) {
                    r = LanguageResources.load();
                    resources = r;
                }
            }
        }
        return r;
    }

    /** The notes the options select: the unassigned ones, or all of them. */
    public static List<Note> consideredNotes(Session session, SuggestOptions options) {
        Set<String> themeIds = new HashSet<>();
        session.getThemes().forEach(t -> themeIds.add(t.getId()));
        return session.getNotes().stream()
                .filter(n -> options.allNotes() || n.getThemeId() == null || !themeIds.contains(n.getThemeId()))
                .toList();
    }

    /**
     * Proposals for the session's notes: every considered note is in exactly one proposal; notes that fit no
     * theme are in a last proposal marked {@link ThemeProposal#other()} (with an empty label: the caller
     * names it in the interface language). Themes come largest first.
     */
    public List<ThemeProposal> suggest(Session session, SuggestOptions options) {
        LanguageResources res = resources();
        List<Note> notes = consideredNotes(session, options);
        String sessionLanguage = options.language() != null ? options.language()
                : session.language().code();
        Map<String, List<Note>> byLanguage = groupByLanguage(notes, options.language(), sessionLanguage, res);
        List<ThemeProposal> themes = new ArrayList<>();
        List<String> other = new ArrayList<>();
        int total = notes.size();
        for (Map.Entry<String, List<Note>> group : byLanguage.entrySet()) {
            int count = options.count() == SuggestOptions.AUTOMATIC ? SuggestOptions.AUTOMATIC
                    : Math.max(1, Math.round((float) options.count() * group.getValue().size() / total));
            suggestFor(group.getValue(), group.getKey(), session.getHeader(), count, res, themes, other);
        }
        themes.sort(Comparator.comparingInt((ThemeProposal p) -> p.noteIds().size()).reversed());
        if (!other.isEmpty()) {
            themes.add(ThemeProposal.other("", other));
        }
        return themes;
    }

    /** Notes per language; a language with too few notes joins the session's language instead. */
    private static Map<String, List<Note>> groupByLanguage(List<Note> notes, String forced, String sessionLanguage,
            LanguageResources res) {
        Map<String, List<Note>> groups = new LinkedHashMap<>();
        groups.put(sessionLanguage, new ArrayList<>());
        NoteLanguage guesser = new NoteLanguage(res);
        for (Note n : notes) {
            String lang = forced != null ? forced : guesser.guess(n.getText(), sessionLanguage);
            groups.computeIfAbsent(lang, k -> new ArrayList<>()).add(n);
        }
        String second = "en".equals(sessionLanguage) ? "nl" : "en";
        List<Note> minority = groups.get(second);
        if (minority != null && minority.size() < MIN_LANGUAGE_GROUP) {
            groups.get(sessionLanguage).addAll(minority);
            groups.remove(second);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private void suggestFor(List<Note> notes, String language, SessionHeader header, int count,
            LanguageResources res, List<ThemeProposal> themes, List<String> other) {
        LanguageComponents components = SessionComponents.of(res, language, header);
        List<NoteDocument> documents = new ArrayList<>();
        for (Note n : notes) {
            if (n.getText() == null || n.getText().isBlank()) {
                other.add(n.getId());
            } else {
                documents.add(new NoteDocument(n.getId(), n.getText(),
                        "nl".equals(language) ? res.compounds().partsOf(n.getText()) : ""));
            }
        }
        if (documents.size() < Partition.MIN_THEME_SIZE) {
            documents.forEach(d -> other.add(d.noteId()));
            return;
        }
        int k = count == SuggestOptions.AUTOMATIC ? AutomaticCount.of(documents.size()) : count;
        // Automatic: Lingo's own count decides, up to three themes per expected one (1,000 notes gave 68 without
        // a cap, too many to read on a board).
        int room = count == SuggestOptions.AUTOMATIC ? k * CarrotClusterer.LINGO_OVERSHOOT : count;
        List<NoteDocument> left = documents;
        // A second pass over the notes the first left out: without the dominant clusters' words, the term
        // statistics change and Lingo finds themes it had drowned (first five evaluation sessions: ARI 0.160 -> 0.187).
        for (int pass = 0; pass < PASSES && left.size() >= 2 * Partition.MIN_THEME_SIZE; pass++) {
            List<Partition.Part> parts = Partition.disjoint(
                    CarrotClusterer.cluster(algorithm, left, components, k), room);
            Set<String> placed = new HashSet<>();
            for (Partition.Part part : parts) {
                themes.add(ThemeProposal.theme(Labels.label(part.source().labels()), part.noteIds()));
                placed.addAll(part.noteIds());
            }
            left = left.stream().filter(d -> !placed.contains(d.noteId())).toList();
            if (room != 0) {
                room -= parts.size();
                if (room <= 0) {
                    break;
                }
            }
            if (parts.isEmpty() || algorithm == Algorithm.BISECTING_KMEANS) {
                break;
            }
        }
        left.stream().map(NoteDocument::noteId).forEach(other::add);
    }
}
