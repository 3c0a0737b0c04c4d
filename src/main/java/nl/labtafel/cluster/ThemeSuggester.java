package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.labtafel.text.Messages;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionHeader;
import org.carrot2.language.Stemmer;

/**
 * Suggests themes for a session's notes. It only proposes: the session is read, never changed (apply accepted
 * proposals with {@link AcceptedProposals}). Thread-safe; run it off the JavaFX thread on a snapshot
 * ({@code session.copy()}), since the board may change the live session meanwhile.
 *
 * <p>How (as shipped, {@link Algorithm#MEANING_AND_WORDS}): each note's language is guessed (Dutch/English function
 * words); per language, every pair of notes gets a similarity mixed from what they mean (distilled sentence-model
 * word vectors, Dutch glossed into English) and which words they share (TF-IDF over stems and compound parts), the
 * notes form the communities of their nearest-neighbour graph, each note's similarities first smoothed over its
 * nearest notes ({@link NeighbourSmoothing}, {@link GraphCommunities}; a count the facilitator
 * sets is cut from the average-linkage tree instead), and each theme is named with a phrase from its notes.
 * ThemeSuggesterEvaluationTest holds the scores; the other algorithms are benchmark variants.
 */
public final class ThemeSuggester {
    /**
     * Dutch notes, too, are grouped as graph communities when the count is automatic (issue 17 round 4): with
     * Labtafel's own gloss of common words (gloss-nl-en-core.txt) the communities beat the linkage tree on the Dutch
     * tuning sessions, mean ARI over 20 draws of 80 % of each session's notes 0.233 against 0.183 (NMI 0.496 against
     * 0.391; GlossCompare). With FreeDict alone the tree had won (round 3).
     */
    static final boolean DUTCH_COMMUNITIES = true;

    /** Similarities borrow from each note's nearest notes (issue 17 round 5): see {@link NeighbourSmoothing}. */
    static final boolean SMOOTH = true;

    /** A second language gets its own clustering only when it has enough notes to form themes of its own. */
    private static final int MIN_LANGUAGE_GROUP = 6;

    /**
     * The pipeline: algorithm, how the theme count is chosen, the meaning share, centring, where meaning comes from
     * (null: the shipped word vectors), and whether English notes, when the count is automatic, are grouped as
     * communities of their neighbour graph ({@link GraphCommunities}) instead of by cutting the linkage tree, and
     * whether Dutch notes are too, and whether similarities are smoothed over near notes ({@link NeighbourSmoothing}).
     */
    record Settings(Algorithm algorithm, ClusterCount.Rule rule, double meaningWeight, boolean centre,
            NoteFeatures.MeaningSource meaning, boolean englishCommunities, boolean dutchCommunities, boolean smooth) {
        Settings(Algorithm algorithm, ClusterCount.Rule rule, double meaningWeight, boolean centre,
                NoteFeatures.MeaningSource meaning) {
            this(algorithm, rule, meaningWeight, centre, meaning, true, DUTCH_COMMUNITIES, SMOOTH);
        }

        /** The same, with Dutch notes cut from the linkage tree or grouped as communities. */
        Settings dutchCommunities(boolean communities) {
            return new Settings(algorithm, rule, meaningWeight, centre, meaning, englishCommunities, communities,
                    smooth);
        }

        /** The same, with or without {@link NeighbourSmoothing}. */
        Settings smoothed(boolean on) {
            return new Settings(algorithm, rule, meaningWeight, centre, meaning, englishCommunities, dutchCommunities,
                    on);
        }

        Settings(Algorithm algorithm, ClusterCount.Rule rule, double meaningWeight, boolean centre) {
            this(algorithm, rule, meaningWeight, centre, null);
        }

        /** The same, with every language cut from the linkage tree (the pipeline before round 3). */
        Settings linkageOnly() {
            return new Settings(algorithm, rule, meaningWeight, centre, meaning, false, false, smooth);
        }

        static Settings of(Algorithm algorithm) {
            return new Settings(algorithm, ClusterCount.Rule.SILHOUETTE, algorithm.meaningWeight(), true);
        }
    }

    private final Settings settings;
    private volatile LanguageResources resources;

    public ThemeSuggester() {
        this(Algorithm.MEANING_AND_WORDS);
    }

    public ThemeSuggester(Algorithm algorithm) {
        this(Settings.of(algorithm));
    }

    ThemeSuggester(Settings settings) {
        this.settings = settings;
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

    LanguageResources resources() {
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

    /** The session's language for labels: "en" or "nl" (the default). */
    static String sessionLanguage(Session session, SuggestOptions options) {
        return options.language() != null ? options.language() : session.language().code();
    }

    public List<ThemeProposal> suggest(Session session, SuggestOptions options) {
        return suggest(session, options, Cancel.NEVER);
    }

    /**
     * Proposals for the session's notes: every considered note is in exactly one proposal; notes that fit no
     * theme are in a last proposal marked {@link ThemeProposal#other()}, labelled "Overig" or "Other" in the
     * session's language. Themes come largest first.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancel} says so between steps
     */
    public List<ThemeProposal> suggest(Session session, SuggestOptions options, Cancel cancel) {
        return suggest(consideredNotes(session, options), session, options, cancel);
    }

    /** Proposals for the given notes of the session (the leftovers, in {@link LeftoverPlacement}). */
    List<ThemeProposal> suggest(List<Note> notes, Session session, SuggestOptions options, Cancel cancel) {
        LanguageResources res = resources();
        String sessionLanguage = sessionLanguage(session, options);
        Map<String, List<Note>> byLanguage = groupByLanguage(notes, options.language(), sessionLanguage, res);
        List<ThemeProposal> themes = new ArrayList<>();
        List<String> other = new ArrayList<>();
        int total = notes.size();
        for (Map.Entry<String, List<Note>> group : byLanguage.entrySet()) {
            cancel.check();
            int count = options.count() == SuggestOptions.AUTOMATIC ? SuggestOptions.AUTOMATIC
                    : Math.max(1, Math.round((float) options.count() * group.getValue().size() / total));
            if (settings.algorithm().isCarrot()) {
                List<ThemeProposal> found = new ArrayList<>();
                List<String> left = new ArrayList<>();
                CarrotThemes.suggestFor(settings.algorithm(), group.getValue(), group.getKey(), session.getHeader(),
                        count, res, found, left, cancel);
                if (settings.algorithm() == Algorithm.LINGO_THEN_PLACED && !found.isEmpty()) {
                    placeLeftOut(group.getValue(), group.getKey(), session.getHeader(), res, found, left);
                }
                themes.addAll(found);
                other.addAll(left);
            } else {
                linkage(group.getValue(), group.getKey(), session.getHeader(), count, res, themes, other, cancel);
            }
        }
        themes.sort(Comparator.comparingInt((ThemeProposal p) -> p.noteIds().size()).reversed());
        if (!other.isEmpty()) {
            themes.add(ThemeProposal.other(otherLabel(sessionLanguage), other));
        }
        return themes;
    }

    /** "Overig" or "Other": the name of the proposal that is no theme, in the session's language. */
    public static String otherLabel(String language) {
        return Messages.forLanguage(language).get("suggestThemes.other");
    }

    /** The analysis of one language's notes in this session: terms, stems, subject words as stopwords. */
    static NoteTerms analysis(LanguageResources res, String language, SessionHeader header) {
        Stemmer stemmer = res.components(language).get(Stemmer.class);
        SubjectWords subject = new SubjectWords(header, res, res.components("nl").get(Stemmer.class),
                res.components("en").get(Stemmer.class));
        return new NoteTerms(res, language, stemmer, subject);
    }

    NoteFeatures features(List<String> texts, String language, SessionHeader header, LanguageResources res) {
        NoteFeatures.MeaningSource meaning = settings.meaningWeight() <= 0 ? null
                : settings.meaning() != null ? settings.meaning() : new NoteMeaning(res.vectors(), res.gloss());
        return NoteFeatures.of(texts, analysis(res, language, header), language, meaning, settings.centre());
    }

    private void linkage(List<Note> notes, String language, SessionHeader header, int count, LanguageResources res,
            List<ThemeProposal> themes, List<String> other, Cancel cancel) {
        List<Note> usable = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Note n : notes) {
            String text = SafeText.of(n.getText());
            if (text.isBlank()) {
                other.add(n.getId());
            } else {
                usable.add(n);
                texts.add(text);
            }
        }
        if (usable.size() < 2 * Partition.MIN_THEME_SIZE) {
            usable.forEach(n -> other.add(n.getId()));
            return;
        }
        NoteFeatures features = features(texts, language, header, res);
        cancel.check();
        Set<Integer> placed = new HashSet<>();
        boolean communities = "en".equals(language) ? settings.englishCommunities() : settings.dutchCommunities();
        for (LinkageClusterer.Group g : LinkageClusterer.cluster(features, settings.meaningWeight(), settings.rule(),
                count, communities, settings.smooth(), Messages.forLanguage(language).get("suggestThemes.and"),
                res.weakLabelWords(), cancel)) {
            themes.add(ThemeProposal.theme(g.label(), g.members().stream().map(i -> usable.get(i).getId()).toList()));
            placed.addAll(g.members());
        }
        for (int i = 0; i < usable.size(); i++) {
            if (!placed.contains(i)) {
                other.add(usable.get(i).getId());
            }
        }
    }

    /** Lowest mean similarity at which a note Lingo left out joins one of its themes. */
    static final double PLACE_THRESHOLD = 0.0;

    private void placeLeftOut(List<Note> notes, String language, SessionHeader header, LanguageResources res,
            List<ThemeProposal> themes, List<String> other) {
        List<String> ids = notes.stream().map(Note::getId).toList();
        NoteFeatures features = features(notes.stream().map(n -> SafeText.of(n.getText())).toList(), language, header,
                res);
        double[][] similarity = features.similarity(settings.meaningWeight());
        List<List<Integer>> groups = new ArrayList<>();
        themes.forEach(t -> groups.add(t.noteIds().stream().map(ids::indexOf).toList()));
        List<Integer> loose = other.stream().map(ids::indexOf).filter(i -> i >= 0).toList();
        List<List<String>> grown = new ArrayList<>();
        themes.forEach(t -> grown.add(new ArrayList<>(t.noteIds())));
        for (Placement.Fit fit : Placement.fits(similarity, groups, loose)) {
            if (fit.group() >= 0 && fit.score() >= PLACE_THRESHOLD) {
                grown.get(fit.group()).add(ids.get(fit.note()));
                other.remove(ids.get(fit.note()));
            }
        }
        for (int g = 0; g < themes.size(); g++) {
            themes.set(g, themes.get(g).withNotes(grown.get(g)));
        }
    }

    /** Notes per language; a language with too few notes joins the session's language instead. */
    private static Map<String, List<Note>> groupByLanguage(List<Note> notes, String forced, String sessionLanguage,
            LanguageResources res) {
        Map<String, List<Note>> groups = new LinkedHashMap<>();
        groups.put(sessionLanguage, new ArrayList<>());
        NoteLanguage guesser = new NoteLanguage(res);
        for (Note n : notes) {
            String lang = forced != null ? forced : guesser.guess(SafeText.of(n.getText()), sessionLanguage);
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
}
