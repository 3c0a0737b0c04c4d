package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/**
 * "Help with the leftovers": once the facilitator has made themes by hand, each note not yet in one gets the
 * existing theme it fits best, with a score, when that fit is good enough. The score weighs, in meaning and words,
 * the note's similarity to the theme's name and its mean similarity to the theme's notes ({@link #NAME_SHARE}); a
 * theme the room has named but not yet filled is found by its name alone. Only proposes; the facilitator accepts per
 * note or all at once (one undo step).
 */
public final class LeftoverPlacement {
    /**
     * Lowest fit at which a theme is proposed for a leftover note. Below it the note waits for a new theme.
     * Measured with 3 notes per true theme given (PlacementShow): at 0 the tuning sessions had 78 % of leftovers
     * placed, 57 % of them right (chance 24 %); held out 86 % placed, 42 % right (chance 21 %). Higher thresholds
     * placed few notes more precisely (0.05: 39 % placed, 63 % right). Round 5 (words weigh alike) re-measured it on
     * the tuning sessions: 65 % right at 0 (78 of 90 placed), and 64-65 % for every threshold from -0.05 to 0.05, so it
     * stays 0. The evaluation cannot tell how a threshold serves a note that belongs to no existing theme (every
     * evaluation note does), which is what the threshold is for.
     */
    static final double MIN_SCORE = 0.0;

    /**
     * The name's share of a theme's fit when the theme has notes too (2026-12-01). A LAB often names its themes
     * before it sorts the post-its into them (the seed: "drie thema's geformuleerd"), and the name says what the
     * room means by the theme. Measured on the tuning sessions, each evaluation theme named with its label word and
     * given its first 1, 2 or 3 notes (PlacementShow names), share of the other notes placed right: notes only
     * 51 / 53 / 62 % English, 51 / 57 / 67 % Dutch; name share 0.35 66 / 67 / 69 % and 65 / 69 / 78 %; 0.5 63 / 67 /
     * 69 % and 69 / 72 / 75 %; 0.65 61 / 65 / 62 % and 68 / 71 / 73 %. The middle of that plateau ships. Held out,
     * with 2 notes: English 47 → 50 %, Dutch 54 → 56 %; the seed's room themes with 3 notes each 42 → 84 %.
     */
    static final double NAME_SHARE = 0.5;

    /**
     * A proposal: this note into that theme; {@code score} mixes the note's similarity to the theme's name and its
     * mean similarity to the theme's notes ({@link #NAME_SHARE}).
     */
    public record Fit(String noteId, String themeId, double score) {
    }

    private final ThemeSuggester suggester;
    private final double nameShare;

    public LeftoverPlacement(ThemeSuggester suggester) {
        this(suggester, NAME_SHARE);
    }

    /** With another share for the themes' names (0: notes only, as before 2026-12-01); for measuring. */
    LeftoverPlacement(ThemeSuggester suggester, double nameShare) {
        this.suggester = suggester;
        this.nameShare = nameShare;
    }

    /** The fits for the session's unassigned notes, best first; notes that fit no theme well are left out. */
    public List<Fit> fits(Session session, Cancel cancel) {
        return allFits(session, cancel).stream().filter(f -> f.score() >= MIN_SCORE)
                .sorted(Comparator.comparingDouble(Fit::score).reversed()).toList();
    }

    /** Every unassigned note's best theme, however poor the fit (for measuring). */
    List<Fit> allFits(Session session, Cancel cancel) {
        Set<String> themeIds = new HashSet<>();
        session.getThemes().forEach(t -> themeIds.add(t.getId()));
        if (themeIds.isEmpty()) {
            return List.of();
        }
        LanguageResources res = suggester.resources();
        String language = ThemeSuggester.sessionLanguage(session, SuggestOptions.defaults());
        List<Note> notes = session.getNotes().stream().filter(n -> !SafeText.of(n.getText()).isBlank()).toList();
        cancel.check();
        // The themes' names are read as short notes after the real ones: index notes.size() + theme.
        List<String> texts = new ArrayList<>(notes.stream().map(n -> SafeText.of(n.getText())).toList());
        session.getThemes().forEach(t -> texts.add(SafeText.of(t.getName())));
        NoteFeatures features = suggester.features(texts, language, session.getHeader(), res);
        double[][] similarity = features.similarity(Algorithm.MEANING_AND_WORDS.meaningWeight());
        cancel.check();
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        session.getThemes().forEach(t -> members.put(t.getId(), new ArrayList<>()));
        List<Integer> loose = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            String themeId = notes.get(i).getThemeId();
            if (themeId != null && themeIds.contains(themeId)) {
                members.get(themeId).add(i);
            } else {
                loose.add(i);
            }
        }
        List<String> order = new ArrayList<>(members.keySet());
        List<List<Integer>> groups = order.stream().map(members::get).toList();
        int[] names = new int[order.size()];
        for (int g = 0; g < names.length; g++) {
            int index = notes.size() + g;
            names[g] = features.hasContent(index) ? index : -1; // "Thema 1" or a blank name says nothing
        }
        List<Fit> fits = new ArrayList<>();
        for (Placement.Fit f : Placement.fits(similarity, groups, names, nameShare, loose)) {
            if (f.group() >= 0) {
                fits.add(new Fit(notes.get(f.note()).getId(), order.get(f.group()), f.score()));
            }
        }
        return fits;
    }

    /** The themes by id, for callers naming a fit's theme. */
    public static Map<String, Theme> themesById(Session session) {
        Map<String, Theme> byId = new HashMap<>();
        session.getThemes().forEach(t -> byId.put(t.getId(), t));
        return byId;
    }
}
