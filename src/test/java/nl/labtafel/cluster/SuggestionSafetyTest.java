package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import org.junit.jupiter.api.Test;

/** Any text is safe, a running suggestion stops when cancelled, labels read as themes, leftovers get a theme. */
class SuggestionSafetyTest {
    private static final ThemeSuggester SUGGESTER = new ThemeSuggester();

    private static Session hostile() {
        String lone = "Taalcafé \uD83D in de bieb"; // a lone high surrogate: half an emoji, cut by a paste
        return ThemeSuggesterTest.session("Test LAB", "test",
                lone, "\uDE00 taalcoach op het werk \uD83D\uDE00", "Taallessen 😀😀 voor nieuwkomers",
                "x".repeat(10_000), "Kamerverhuur " + "zonder vergunning ".repeat(700), "", "   ", "\u0000\u0007",
                "Handhaving bij overbewoning 🏠", "Overlast van feesten 🎉🎉", "😀", "123 456");
    }

    @Test
    void lonesurrogatesEmojiAndHugeNotesAreSafeInEveryPipeline() {
        Session s = hostile();
        for (Algorithm algorithm : Algorithm.values()) {
            List<ThemeProposal> proposals = new ThemeSuggester(algorithm).suggest(s, SuggestOptions.defaults());
            assertEquals(s.getNotes().size(), proposals.stream().mapToInt(p -> p.noteIds().size()).sum(),
                    algorithm + ": every note exactly once");
        }
        assertFalse(new LeftoverPlacement(SUGGESTER).fits(withTheme(s), Cancel.NEVER).isEmpty());
    }

    @Test
    void safeTextKeepsPairsAndReplacesHalves() {
        assertEquals("a\uFFFDb", SafeText.of("a\uD83Db"));
        assertEquals("a\uD83D\uDE00", SafeText.of("a\uD83D\uDE00"));
        assertEquals(SafeText.MAX_CHARS, SafeText.of("y".repeat(10_000)).length());
        String cut = "y".repeat(SafeText.MAX_CHARS - 1) + "\uD83D\uDE00";
        assertFalse(Character.isHighSurrogate(SafeText.of(cut).charAt(SafeText.of(cut).length() - 1)),
                "never ends in half a pair");
    }

    @Test
    void aCancelledSuggestionStopsAndProposesNothing() {
        AtomicInteger checks = new AtomicInteger();
        Cancel afterTwoSteps = () -> checks.incrementAndGet() > 2;
        assertThrows(CancellationException.class, () -> SUGGESTER.suggest(ThemeSuggesterTest.migrantsSession(),
                SuggestOptions.defaults(), afterTwoSteps));
        assertThrows(CancellationException.class, () -> new LeftoverPlacement(SUGGESTER)
                .fits(withTheme(ThemeSuggesterTest.migrantsSession()), () -> true));
    }

    @Test
    void labelsArePhrasesFromTheNotesNeverALoneWeakWord() {
        for (ThemeProposal p : SUGGESTER.suggest(ThemeSuggesterTest.migrantsSession(), SuggestOptions.defaults())) {
            if (p.other()) {
                continue;
            }
            String[] words = p.label().toLowerCase(Locale.ROOT).split(" ");
            assertTrue(words.length <= 4, p.label());
            assertFalse(words.length == 1 && SUGGESTER.resources().weakLabelWords().contains(words[0]), p.label());
            assertFalse(p.label().isBlank());
        }
    }

    @Test
    void otherIsNamedInTheSessionsLanguage() {
        Session english = ThemeSuggesterTest.session("Youth LAB", "youth", "Skate park too far away",
                "Club fees are too high", "Free kit for families", "Coaches needed", "Pitch closed at weekends",
                "Floodlights broken", "Volunteers burn out");
        english.setLanguage("en");
        for (Session s : List.of(english, ThemeSuggesterTest.migrantsSession())) {
            List<ThemeProposal> proposals = SUGGESTER.suggest(s, SuggestOptions.defaults().withCount(1));
            proposals.stream().filter(ThemeProposal::other).forEach(p -> assertEquals(
                    "en".equals(s.getLanguage()) ? "Other" : "Overig", p.label()));
        }
        assertEquals("Other", ThemeSuggester.otherLabel("en"));
        assertEquals("Overig", ThemeSuggester.otherLabel("nl"));
    }

    @Test
    void leftoversGetTheExistingThemeTheyFit() {
        Session s = ThemeSuggesterTest.migrantsSession();
        s.getThemes().add(new Theme("t-taal", "Taal"));
        s.getThemes().add(new Theme("t-wonen", "Wonen"));
        s.getNotes().get(0).setThemeId("t-taal");
        s.getNotes().get(1).setThemeId("t-taal");
        s.getNotes().get(3).setThemeId("t-wonen");
        s.getNotes().get(4).setThemeId("t-wonen");
        s.getNotes().add(new Note("extra", "Cursus Nederlandse taal voor nieuwe collega's", null));
        List<LeftoverPlacement.Fit> fits = new LeftoverPlacement(SUGGESTER).fits(s, Cancel.NEVER);
        List<String> placed = new ArrayList<>();
        fits.forEach(f -> placed.add(f.noteId()));
        assertFalse(placed.contains("n0") || placed.contains("n3"), "notes in a theme are not leftovers");
        // Its best theme; with the own gloss (round 4) its fit in this 11-note session is -0.02, just under the
        // threshold, so it is not proposed here (the threshold was measured on the evaluation sessions: PlacementShow).
        assertEquals("t-taal", new LeftoverPlacement(SUGGESTER).allFits(s, Cancel.NEVER).stream()
                .filter(f -> f.noteId().equals("n2")).findFirst().orElseThrow().themeId(),
                "taallessen fits the theme of taalcafé and taalcoach best");
        assertEquals("t-taal", fits.stream().filter(f -> f.noteId().equals("extra")).findFirst().orElseThrow()
                .themeId(), "a language course joins the language theme though it shares only 'taal'");
        for (int i = 1; i < fits.size(); i++) {
            assertTrue(fits.get(i - 1).score() >= fits.get(i).score(), "best fits first");
        }
    }

    private static Session withTheme(Session s) {
        Session copy = s.copy();
        copy.getThemes().add(new Theme("t1", "Taal"));
        copy.getNotes().get(0).setThemeId("t1");
        copy.getNotes().get(1).setThemeId("t1");
        return copy;
    }
}
