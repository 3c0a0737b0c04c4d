package nl.labtafel.ui.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import nl.labtafel.model.InkContrast;
import nl.labtafel.model.Note;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Legibility measured on the drawn audience view with the real font at 1280×720: every card's text node, as placed
 * in the scene, is at least 20 px high (its font's em box in screen pixels), lies inside the screen and inside its
 * card, reads at least 7:1 against the card's face, and every note of the session is on some page.
 */
@ExtendWith(ApplicationExtension.class)
class AudienceLegibilityTest {
    private static final double FLOOR = 20;
    /** WCAG's enhanced contrast (AAA): a lit room's ambient light lifts dark and light alike, so start well above. */
    private static final double CONTRAST = 7;

    /** The card texts of every page as drawn: effective pixel size of each, and whether it stays on screen. */
    private static List<String> problems(Session session, PhaseKind phase, String teamId, Set<String> shownText,
                                         int[] pageCount) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            FxTextMeasure measure = new FxTextMeasure();
            List<Page> pages = new AudienceLayout(measure, Messages.forLanguage("nl"))
                    .pages(session, new AudienceLayout.Request(phase, "Fase", null, teamId, null, null, 1280, 720));
            pageCount[0] = pages.size();
            List<String> problems = new ArrayList<>();
            for (Page page : pages) {
                PageView view = new PageView(measure);
                view.show(page);
                new Scene(new Group(view), 1280, 720);
                view.applyCss();
                view.layout();
                for (Node n : view.lookupAll("." + PageView.CARD_TEXT)) {
                    Text t = (Text) n;
                    Bounds b = t.localToScene(t.getLayoutBounds());
                    double scale = t.localToScene(0, 1).getY() - t.localToScene(0, 0).getY();
                    double px = t.getFont().getSize() * scale;
                    if (px < FLOOR) {
                        problems.add(px + " px: " + t.getText());
                    }
                    if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > 1280 || b.getMaxY() > 720) {
                        problems.add("off screen " + b + ": " + t.getText());
                    }
                    double contrast = contrast((Color) t.getFill(), faceUnder(view, t));
                    if (contrast < CONTRAST) {
                        problems.add(String.format("contrast %.1f:1: %s", contrast, t.getText()));
                    }
                    shownText.add(t.getText());
                }
            }
            return problems;
        }).get();
    }

    /** The fill of the topmost card background drawn under the middle of the text. */
    private static Color faceUnder(PageView view, Text t) {
        Bounds b = t.getBoundsInParent();
        double x = b.getMinX() + b.getWidth() / 2;
        double y = b.getMinY() + b.getHeight() / 2;
        Color face = null;
        for (Node n : view.getChildren()) {
            if (n instanceof Region r && r.getBackground() != null && r.getBoundsInParent().contains(x, y)) {
                face = (Color) r.getBackground().getFills().get(0).getFill();
            }
        }
        assertNotNull(face, "a card under " + t.getText());
        return face;
    }

    private static double contrast(Color a, Color b) {
        return InkContrast.ratio(InkContrast.luminance(a.getRed(), a.getGreen(), a.getBlue()),
                InkContrast.luminance(b.getRed(), b.getGreen(), b.getBlue()));
    }

    private static void assertAllNotesShown(Session session, Set<String> lines) {
        String all = String.join(" ", lines).replace("- ", "").replace("-", "");
        for (Note n : session.getNotes()) {
            String first = n.getText().split("\\s+")[0].replace("-", "");
            assertTrue(all.contains(first), "note shown: " + n.getText());
        }
    }

    @Test
    void exampleInventoryAndCanvasesAtTwentyPixelsOrMore() throws Exception {
        Session s = AudienceLayoutTest.example();
        Set<String> lines = new HashSet<>();
        int[] pages = new int[1];
        assertEquals(List.of(), problems(s, PhaseKind.INVENTORY, null, lines, pages));
        assertTrue(pages[0] <= 3, pages[0] + " pages");
        assertEquals(31, s.getNotes().size());
        assertAllNotesShown(s, lines);
        for (ResearchTeam team : s.getTeams()) {
            assertEquals(List.of(), problems(s, PhaseKind.RESEARCH_TEAMS, team.getId(), new HashSet<>(), pages));
            assertTrue(pages[0] <= 3, pages[0] + " pages for a canvas");
        }
        for (PhaseKind phase : List.of(PhaseKind.INSIGHTS, PhaseKind.THEMES, PhaseKind.FOLLOW_UP)) {
            assertEquals(List.of(), problems(s, phase, null, new HashSet<>(), pages), phase.name());
        }
    }

    @Test
    void sixtyNotesAndThreeThousandCharacterNotesStayAtTwentyPixels() throws Exception {
        Session sixty = SessionFixtures.generated(60, 11);
        Set<String> lines = new HashSet<>();
        int[] pages = new int[1];
        assertEquals(List.of(), problems(sixty, PhaseKind.INVENTORY, null, lines, pages));
        assertAllNotesShown(sixty, lines);

        Session long3000 = SessionFixtures.generated(5, 13);
        StringBuilder text = new StringBuilder();
        while (text.length() < 3000) {
            text.append("Arbeidsmigranten vinden via het taalcafé sneller de weg naar huisarts en gemeente. ");
        }
        for (Note n : long3000.getNotes()) {
            n.setText(text.substring(0, 3000));
        }
        assertEquals(List.of(), problems(long3000, PhaseKind.INVENTORY, null, new HashSet<>(), pages));
        assertTrue(pages[0] >= 2);
    }
}
