package nl.labtafel.ui.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Note;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.RoomState;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.room.RoomVotes;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceItem;
import org.junit.jupiter.api.Test;

/** The layout engine on its own, with a fixed-width stand-in font: sizes, pages, breaks, every note placed once. */
class AudienceLayoutTest {
    private static final TextMeasure MEASURE = new FixedMeasure();
    private final AudienceLayout layout = new AudienceLayout(MEASURE, Messages.forLanguage("nl"));

    static Session example() throws Exception {
        Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
        return new SessionStore().load(project.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"));
    }

    private List<Page> pages(Session s, PhaseKind phase, String teamId, int w, int h) {
        return layout.pages(s, new AudienceLayout.Request(phase, "Fase", null, teamId, null, null, w, h));
    }

    @Test
    void wrapsBetweenWordsAndHyphenatesOnlyWordsLongerThanTheLine() {
        List<String> lines = TextWrap.lines("Taalcafé voor nieuwkomers in de bibliotheek", 20, false, 200, MEASURE);
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(MEASURE.width(l, 20, false) <= 200, l));
        assertEquals("Taalcafé voor nieuwkomers in de bibliotheek", String.join(" ", lines));

        List<String> broken = TextWrap.lines("Arbeidsmigrantenhuisvestingsverordening", 20, false, 150, MEASURE);
        assertTrue(broken.size() > 1);
        for (int i = 0; i < broken.size() - 1; i++) {
            assertTrue(broken.get(i).endsWith("-"), "a word broken mid-word carries a hyphen: " + broken);
        }
        assertTrue(broken.get(broken.size() - 1).length() >= 3, "no lone letters: " + broken);
        assertEquals("Arbeidsmigrantenhuisvestingsverordening",
                broken.stream().map(l -> l.endsWith("-") ? l.substring(0, l.length() - 1) : l).collect(Collectors.joining()));
    }

    @Test
    void longWordsBreakBetweenSyllablesOrAfterTheirOwnHyphenNeverWithoutOne() {
        assertEquals(11, TextWrap.bestCut("Maatschappelijke", 12), "Maatschappe-/lijke, not Maatschappel-/ijke");
        assertEquals(4, TextWrap.bestCut("WIJ-teamoverleg", 10), "after the word's own hyphen");
        assertEquals(9, TextWrap.bestCut("arbeidsmigranten", 11), "arbeidsmi-granten, not arbeidsmig-ranten");
        List<String> lines = TextWrap.lines("WIJ-teamoverlegvergadering", 20, false, 12 * 0.58 * 20, MEASURE);
        assertEquals("WIJ-", lines.get(0), "no second hyphen after the word's own: " + lines);
        for (int i = 1; i < lines.size() - 1; i++) {
            assertTrue(lines.get(i).endsWith("-"), "every piece but the last ends in a hyphen: " + lines);
        }
        assertEquals("WIJ-teamoverlegvergadering", lines.get(0) + lines.subList(1, lines.size()).stream()
                .map(l -> l.endsWith("-") ? l.substring(0, l.length() - 1) : l).collect(Collectors.joining()));
    }

    @Test
    void exampleInventoryAtTheFloorOrAboveInAtMostThreePagesEveryNoteOnce() throws Exception {
        Session s = example();
        List<Page> pages = pages(s, PhaseKind.INVENTORY, null, 1280, 720);
        assertTrue(pages.size() <= 3, pages.size() + " pages");
        assertEveryCardLegibleAndOnScreen(pages, 20);
        assertEquals(s.getNotes().stream().map(n -> AudienceItem.note(n.getId())).collect(Collectors.toSet()),
                items(pages));
    }

    @Test
    void aSmallInventoryGetsLargeText() {
        Session s = SessionFixtures.generated(6, 3);
        List<Page> pages = pages(s, PhaseKind.INVENTORY, null, 1280, 720);
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).textSize() >= 26, "six post-its fill the screen: " + pages.get(0).textSize());
    }

    @Test
    void sixtyAndThreeThousandCharacterNotesPageButNeverShrinkBelowTheFloor() {
        Session sixty = SessionFixtures.generated(60, 7);
        List<Page> pages = pages(sixty, PhaseKind.INVENTORY, null, 1280, 720);
        assertEveryCardLegibleAndOnScreen(pages, 20);
        assertEquals(60, items(pages).size());

        Session huge = SessionFixtures.generated(4, 9);
        String word = "woonruimte ";
        for (Note n : huge.getNotes()) {
            n.setText(word.repeat(3000 / word.length()) + "einde");
        }
        List<Page> hugePages = pages(huge, PhaseKind.INVENTORY, null, 1280, 720);
        assertTrue(hugePages.size() > 1);
        assertEveryCardLegibleAndOnScreen(hugePages, 20);
        long lastWords = hugePages.stream().flatMap(p -> p.boxes().stream())
                .filter(b -> b.role() == Box.Role.CARD).flatMap(b -> b.lines().stream())
                .filter(l -> l.endsWith("einde")).count();
        assertEquals(4, lastWords, "every long note is shown to its end, split over columns and pages");
    }

    @Test
    void eachTeamsCanvasInAtMostThreePagesAndTheFloorScalesWithTheScreen() throws Exception {
        Session s = example();
        int canvasNotes = 0;
        for (ResearchTeam team : s.getTeams()) {
            List<Page> pages = pages(s, PhaseKind.RESEARCH_TEAMS, team.getId(), 1280, 720);
            assertTrue(pages.size() <= 3, pages.size() + " pages for team " + team.getId());
            assertEveryCardLegibleAndOnScreen(pages, 20);
            canvasNotes += (int) items(pages).stream().filter(i -> i.kind() == AudienceItem.Kind.CANVAS_NOTE).count();
        }
        assertEquals(42, canvasNotes);
        assertEveryCardLegibleAndOnScreen(pages(s, PhaseKind.INVENTORY, null, 1920, 1080), 30);
    }

    @Test
    void everyPhaseLaysOutAtEverySizeWithinTheScreen() throws Exception {
        Session s = example();
        for (int[] size : new int[][] {{1024, 768}, {1280, 720}, {1366, 768}, {1920, 1080}}) {
            for (PhaseKind kind : PhaseKind.values()) {
                List<Page> pages = pages(s, kind, null, size[0], size[1]);
                assertFalse(pages.isEmpty());
                for (Page p : pages) {
                    for (Box b : p.boxes()) {
                        assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= size[0] + 0.5
                                && b.y() + b.h() <= size[1] + 0.5, kind + " " + size[0] + ": " + b);
                        assertTrue(b.lines().isEmpty() || b.size() >= 20, kind + ": text below 20 px: " + b);
                    }
                }
            }
        }
    }

    @Test
    void noHeadingStandsAloneAtTheFootOfAColumn() throws Exception {
        List<Session> sessions = List.of(example(), SessionFixtures.generated(60, 5), SessionFixtures.generated(400, 9));
        for (Session s : sessions) {
            for (int[] size : new int[][] {{1024, 768}, {1280, 720}, {1366, 768}, {1920, 1080}}) {
                for (PhaseKind kind : List.of(PhaseKind.INVENTORY, PhaseKind.FOLLOW_UP)) { // sections never empty
                    for (Page p : pages(s, kind, null, size[0], size[1])) {
                        for (Box h : p.boxes()) {
                            if (h.role() != Box.Role.HEADING || h.fill() != null) {
                                continue; // a legend chip, not a section's heading
                            }
                            boolean cardBelow = p.boxes().stream().anyMatch(b -> b.role() == Box.Role.CARD
                                    && Math.abs(b.x() - h.x()) < 1 && b.y() > h.y());
                            boolean cardsInSection = p.boxes().stream().anyMatch(b -> b.role() == Box.Role.CARD);
                            assertTrue(cardBelow || !cardsInSection, kind + " at " + size[0] + "x" + size[1]
                                    + ": heading " + h.lines() + " has no card under it in its column");
                        }
                    }
                }
            }
        }
    }

    @Test
    void selectionIsMarkedAndASpotlightShowsOneThingLarge() throws Exception {
        Session s = example();
        Note note = s.getNotes().get(17);
        AudienceItem item = AudienceItem.note(note.getId());
        List<Page> pages = layout.pages(s, new AudienceLayout.Request(PhaseKind.INVENTORY, "Fase", null, null, item,
                null, 1280, 720));
        int page = AudienceLayout.pageOf(pages, item);
        assertTrue(page >= 0);
        assertTrue(pages.get(page).boxes().stream().anyMatch(b -> item.equals(b.item()) && b.highlighted()));

        List<Page> spot = layout.pages(s, new AudienceLayout.Request(PhaseKind.INVENTORY, "Fase", null, null, null,
                item, 1280, 720));
        assertEquals(1, spot.size());
        List<Box> cards = spot.get(0).boxes().stream().filter(b -> b.role() == Box.Role.CARD).toList();
        assertEquals(1, cards.size());
        assertTrue(cards.get(0).size() >= 48, "a spotlit post-it is large: " + cards.get(0).size());

        String theme = s.getThemes().get(0).getId();
        List<Page> themeSpot = layout.pages(s, new AudienceLayout.Request(PhaseKind.THEMES, "Fase", null, null, null,
                new AudienceItem(AudienceItem.Kind.THEME, theme), 1280, 720));
        assertEquals(s.notesOfTheme(theme).size(), items(themeSpot).size());
    }

    /** Issue 13: a theme that came from an insight shows it on the room's screen, as the insight it is. */
    @Test
    void aThemesInsightsStandOnItsColumnWithTheirListsName() throws Exception {
        Session s = example();
        nl.labtafel.model.Insight insight = new nl.labtafel.model.Insight("i-room", "Draagvlak in de wijk ontbreekt");
        s.getInsights().getChallenges().add(insight);
        s.getThemes().get(0).getInsightIds().add(insight.getId());
        List<Page> pages = pages(s, PhaseKind.THEMES, null, 1280, 720);
        List<Box> cards = pages.stream().flatMap(p -> p.boxes().stream())
                .filter(b -> new AudienceItem(AudienceItem.Kind.INSIGHT, "i-room").equals(b.item())).toList();
        assertEquals(1, cards.size(), "the insight once, on its theme's column");
        String text = String.join(" ", cards.get(0).lines());
        assertTrue(text.contains("Draagvlak") && text.contains("Uitdagingen"), text);
    }

    @Test
    void theRankingShowsEveryThemeWithItsFullNameAndCount() throws Exception {
        Session s = example();
        List<Page> pages = pages(s, PhaseKind.THEMES, null, 1280, 720);
        for (Page p : pages) {
            String text = p.boxes().stream().filter(b -> b.role() == Box.Role.TEXT)
                    .map(b -> String.join(" ", b.lines())).collect(Collectors.joining("\n"));
            s.getThemes().forEach(t -> {
                assertTrue(text.contains(t.getName()), t.getName() + " in\n" + text);
                assertTrue(text.contains(String.valueOf(t.getVotes())));
            });
            assertEquals(s.getThemes().size(), p.boxes().stream().filter(b -> b.role() == Box.Role.BAR).count());
        }
    }

    /** The room's ranking is the console's: the same order, ties sharing a place, no numbers before the first dot. */
    @Test
    void theRankingMatchesTheConsolesTiesShareAPlaceAndNothingIsNumberedBeforeTheFirstDot() throws Exception {
        Session s = example();
        s.getThemes().forEach(t -> {
            t.setVotes(0);
            t.setChosen(false);
        });
        List<String> before = rankingTexts(pages(s, PhaseKind.THEMES, null, 1280, 720));
        List<String> names = s.getThemes().stream().map(Theme::getName).toList();
        assertEquals(names, before.stream().filter(names::contains).distinct().toList(),
                "no numbers, the board's order: " + before);
        Theme last = s.getThemes().get(s.getThemes().size() - 1);
        Theme second = s.getThemes().get(1);
        last.setVotes(4);
        second.setVotes(4);
        List<String> after = rankingTexts(pages(s, PhaseKind.THEMES, null, 1280, 720));
        assertTrue(after.contains("1. " + second.getName()) && after.contains("1. " + last.getName()), after.toString());
        assertTrue(after.indexOf("1. " + second.getName()) < after.indexOf("1. " + last.getName()),
                "equal dots keep the board's order, as on the console: " + after);
        assertTrue(after.contains("3. " + s.getThemes().get(0).getName()), after.toString());
    }

    @Test
    void theRoomsOpenDotsCountOnTheRoomsScreenWhileVotingIsOpenUnlessTheFacilitatorWaitsForTheClose() throws Exception {
        Session s = example();
        s.setRoom(new RoomState());
        Theme first = s.getThemes().get(0);
        int before = first.getVotes();
        s.getRoom().getBallots().put("ballot-0001", List.of(first.getId(), first.getId()));
        List<String> live = rankingTexts(pages(RoomVotes.onScreen(s), PhaseKind.THEMES, null, 1280, 720));
        int row = -1;
        for (int i = 0; i < live.size() && row < 0; i++) {
            if (live.get(i).matches("\\d+\\. .*") && live.get(i).contains(first.getName())) {
                row = i;
            }
        }
        assertTrue(row >= 0, first.getName() + " ranked in " + live);
        assertEquals(String.valueOf(before + 2), live.get(row + 1), "its count, the room's two dots included");
        assertEquals(before, first.getVotes(), "the session's own count changes only when voting closes");
        s.getRoom().setDotsHiddenUntilClosed(true);
        assertTrue(RoomVotes.onScreen(s) == s, "nothing added while the facilitator waits for the close");
    }

    private static List<String> rankingTexts(List<Page> pages) {
        return pages.stream().flatMap(p -> p.boxes().stream()).filter(b -> b.role() == Box.Role.TEXT)
                .map(b -> String.join(" ", b.lines())).toList();
    }

    static void assertEveryCardLegibleAndOnScreen(List<Page> pages, double floor) {
        for (Page p : pages) {
            for (Box b : p.boxes()) {
                if (b.role() == Box.Role.CARD) {
                    assertTrue(b.size() >= floor, "card text " + b.size() + " px < " + floor);
                    assertTrue(b.y() + b.h() <= p.height() && b.x() + b.w() <= p.width(), "off screen: " + b);
                    for (String line : b.lines()) {
                        assertTrue(MEASURE.width(line, b.size(), b.bold()) <= b.w() - 2 * b.padding() + 0.5,
                                "line wider than its card: " + line);
                    }
                }
            }
        }
    }

    static Set<AudienceItem> items(List<Page> pages) {
        Set<AudienceItem> items = new HashSet<>();
        pages.forEach(p -> p.boxes().stream().filter(b -> b.item() != null && b.role() == Box.Role.CARD)
                .forEach(b -> items.add(b.item())));
        return items;
    }
}
