package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.labtafel.io.Json;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import org.junit.jupiter.api.Test;

/** What a facilitator notices about the suggestions, independent of the exact clusters. */
class ThemeSuggesterTest {
    private static final ThemeSuggester SUGGESTER = new ThemeSuggester();

    static Session session(String title, String subject, String... texts) {
        Session s = new Session();
        s.getHeader().setTitle(title);
        s.getHeader().setSubject(subject);
        for (String text : texts) {
            s.getNotes().add(new Note("n" + s.getNotes().size(), text, null));
        }
        return s;
    }

    static Session migrantsSession() {
        return session("Arbeidsmigranten LAB", "Goede huisvesting en participatie van arbeidsmigranten",
                "Taalcafé voor arbeidsmigranten in de bibliotheek",
                "Taalcoach voor nieuwe arbeidsmigranten",
                "Taallessen op de werkvloer voor arbeidsmigranten",
                "Controle op overbewoning van panden met arbeidsmigranten",
                "Handhaving bij overbewoning en overlast",
                "Vergunning voor kamerverhuur aan arbeidsmigranten",
                "Kamerverhuur zonder vergunning aanpakken",
                "Voetbaltoernooi met arbeidsmigranten en buurtbewoners",
                "Sporten met collega's na het werk",
                "Informatieavond in de buurt over arbeidsmigranten");
    }

    private static List<String> allIds(List<ThemeProposal> proposals) {
        List<String> ids = new ArrayList<>();
        proposals.forEach(p -> ids.addAll(p.noteIds()));
        return ids;
    }

    @Test
    void everyNoteIsInExactlyOneProposalAndOtherComesLast() {
        Session s = migrantsSession();
        List<ThemeProposal> proposals = SUGGESTER.suggest(s, SuggestOptions.defaults());
        List<String> ids = allIds(proposals);
        assertEquals(s.getNotes().size(), ids.size(), "no note twice");
        assertEquals(s.getNotes().stream().map(Note::getId).collect(Collectors.toSet()),
                new HashSet<>(ids));
        for (int i = 0; i < proposals.size() - 1; i++) {
            assertFalse(proposals.get(i).other(), "only the last proposal may be 'other'");
            assertFalse(proposals.get(i).label().isBlank(), "themes have labels");
            assertTrue(proposals.get(i).noteIds().size() >= 2, "a theme has at least two notes");
        }
    }

    @Test
    void theSessionSubjectIsNeverATheme() {
        for (ThemeProposal p : SUGGESTER.suggest(migrantsSession(), SuggestOptions.defaults())) {
            String label = p.label().toLowerCase(Locale.ROOT);
            assertFalse(label.contains("arbeidsmigrant") || label.contains("migrant"), "label " + p.label());
        }
    }

    @Test
    void dutchCompoundsWithOneModifierLandTogether() {
        Session s = migrantsSession();
        List<ThemeProposal> proposals = SUGGESTER.suggest(s, SuggestOptions.defaults());
        ThemeProposal language = proposals.stream().filter(p -> p.noteIds().contains("n0")).findFirst().orElseThrow();
        assertFalse(language.other());
        assertTrue(language.noteIds().containsAll(List.of("n0", "n1", "n2")), "taalcafé/taalcoach/taallessen: "
                + proposals);
        assertTrue(language.label().startsWith("Taal"), "a readable word from the notes, not a stem: " + language.label());
    }

    @Test
    void onlyUnassignedNotesUnlessAllAndTheSessionIsNotChanged() throws Exception {
        Session s = migrantsSession();
        s.getThemes().add(new Theme("t-manual", "Handhaving"));
        s.getNotes().get(3).setThemeId("t-manual");
        s.getNotes().get(4).setThemeId("t-manual");
        String before = Json.mapper().writeValueAsString(s);

        List<String> unassigned = allIds(SUGGESTER.suggest(s, SuggestOptions.defaults()));
        assertFalse(unassigned.contains("n3") || unassigned.contains("n4"), "notes in a manual theme stay out");
        assertEquals(s.getNotes().size() - 2, unassigned.size());

        List<String> all = allIds(SUGGESTER.suggest(s, SuggestOptions.defaults().withAllNotes(true)));
        assertEquals(s.getNotes().size(), all.size());
        assertEquals(before, Json.mapper().writeValueAsString(s), "suggesting never changes the session");
    }

    @Test
    void aNoteInADeletedThemeCountsAsUnassigned() {
        Session s = migrantsSession();
        s.getNotes().get(0).setThemeId("t-gone");
        assertTrue(allIds(SUGGESTER.suggest(s, SuggestOptions.defaults())).contains("n0"));
    }

    @Test
    void aChosenCountIsAnUpperBound() {
        for (int count : new int[] {1, 2, 3}) {
            List<ThemeProposal> proposals = SUGGESTER.suggest(migrantsSession(),
                    SuggestOptions.defaults().withCount(count));
            long themes = proposals.stream().filter(p -> !p.other()).count();
            assertTrue(themes >= 1 && themes <= count, count + " asked, got " + proposals);
            assertEquals(10, allIds(proposals).size());
        }
    }

    @Test
    void mixedLanguageNotesAreClusteredWithTheirOwnLanguage() {
        Session s = migrantsSession();
        for (String text : List.of("Language café at the library for new workers",
                "Language coach for new colleagues at the factory",
                "Language lessons on the work floor",
                "Football tournament with the neighbours",
                "Football on Sunday in the park",
                "Information evening in the neighbourhood")) {
            s.getNotes().add(new Note("e" + s.getNotes().size(), text, null));
        }
        List<ThemeProposal> proposals = SUGGESTER.suggest(s, SuggestOptions.defaults());
        Set<String> stop = Set.of("the", "in", "on", "for", "with", "at", "de", "het", "een", "voor", "op");
        for (ThemeProposal p : proposals) {
            if (p.other()) {
                continue;
            }
            long english = p.noteIds().stream().filter(id -> id.startsWith("e")).count();
            assertTrue(english == 0 || english == p.noteIds().size(), "one language per theme: " + p);
            assertFalse(stop.contains(p.label().toLowerCase(Locale.ROOT)), "function word as label: " + p);
        }
        assertEquals(s.getNotes().size(), allIds(proposals).size());
        assertTrue(proposals.stream().anyMatch(p -> p.noteIds().size() >= 2
                && p.noteIds().stream().allMatch(id -> id.startsWith("e"))), "the English notes form a theme");
    }

    @Test
    void aForcedLanguageSkipsTheGuessButStillPlacesEveryNote() {
        Session s = migrantsSession();
        s.getNotes().add(new Note("e1", "Language café at the library", null));
        List<ThemeProposal> proposals = SUGGESTER.suggest(s, SuggestOptions.defaults().withLanguage("en"));
        assertEquals(s.getNotes().size(), allIds(proposals).size());
        // Compound splitting is Dutch only: read as English, taalcafé and taalcoach share nothing.
        assertTrue(proposals.stream().noneMatch(p -> !p.other() && p.label().equalsIgnoreCase("taal")),
                proposals.toString());
    }

    @Test
    void parallelCallsGiveTheSameProposalsAsOneAtATime() throws Exception {
        ThemeSuggester shared = new ThemeSuggester();
        Session s = migrantsSession();
        List<ThemeProposal> expected = shared.suggest(s, SuggestOptions.defaults());
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ThemeProposal>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> shared.suggest(s.copy(), SuggestOptions.defaults())));
            }
            for (var r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndBlankNotesNeverBreakIt() {
        assertTrue(SUGGESTER.suggest(new Session(), SuggestOptions.defaults()).isEmpty());
        Session s = session("LAB", "", "", "   ", "Taalcafé");
        List<ThemeProposal> proposals = SUGGESTER.suggest(s, SuggestOptions.defaults());
        assertEquals(1, proposals.size());
        assertTrue(proposals.get(0).other());
        assertEquals(3, proposals.get(0).noteIds().size());
    }

    @Test
    void warmUpLoadsOnceAndLeavesTheSuggesterUsable() {
        ThemeSuggester fresh = new ThemeSuggester();
        fresh.warmUp();
        assertFalse(fresh.suggest(migrantsSession(), SuggestOptions.defaults()).isEmpty());
    }
}
