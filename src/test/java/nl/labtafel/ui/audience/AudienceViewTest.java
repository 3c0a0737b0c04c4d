package nl.labtafel.ui.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import nl.labtafel.AppPaths;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.AddNotesCommand;
import nl.labtafel.ui.undo.ChangeNotesCommand;
import nl.labtafel.ui.undo.MoveNotesCommand;
import nl.labtafel.ui.undo.RemoveNotesCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The live room's view in a 1280×720 scene: what the room sees after an edit, and the room-input corner beside the cards. */
@ExtendWith(ApplicationExtension.class)
class AudienceViewTest {

    private static SessionContext context(Session s) {
        SessionContext context = new SessionContext(s, null, Messages.forLanguage("nl"), new BackgroundTasks(),
                AppPaths.detect());
        context.audience().phaseIdProperty().set(s.getPhases().stream()
                .filter(p -> p.getKind() == nl.labtafel.model.PhaseKind.INVENTORY).findFirst().orElseThrow().getId());
        return context;
    }

    /** One pulse's CSS and layout pass of the room's scene, as the toolkit runs it before drawing a frame. */
    static void pulse(AudienceView view) {
        view.getScene().getRoot().applyCss();
        view.getScene().getRoot().layout();
    }

    @Test
    void anEditIsOnTheRoomsScreenAfterOneLayoutPassAndManyEditsLayOutOnce() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Session s = SessionFixtures.generated(InventoryLayout.REFLOW_FROM + 200, 3);
            SessionContext context = context(s);
            AudienceView view = new AudienceView(context, new FxTextMeasure());
            new Scene(view, 1280, 720);
            pulse(view);
            long before = view.relayouts();
            Note first = new Note("typed-1", "Taalcafé in de bibliotheek op zaterdag", s.getNotes().get(0).getActorGroupId());
            Note second = new Note("typed-2", "Huisarts uitleggen in eigen taal", s.getNotes().get(1).getActorGroupId());
            context.commands().execute(new AddNotesCommand(s, List.of(first), "een"));
            context.commands().execute(new AddNotesCommand(s, List.of(second), "twee"));
            assertFalse(view.upToDate(), "edits only mark the layout stale");
            pulse(view);
            assertTrue(view.upToDate());
            assertEquals(before + 1, view.relayouts(), "two edits in one frame, one layout");
            context.audience().selectionProperty().set(AudienceItem.note("typed-2"));
            pulse(view);
            List<String> shown = new ArrayList<>();
            view.pageView().lookupAll("." + PageView.CARD_TEXT).forEach(n -> shown.add(((Text) n).getText()));
            assertTrue(String.join(" ", shown).contains("Huisarts uitleggen"), "the room turned to the typed post-it: " + shown);
            view.dispose();
            return null;
        }).get();
    }

    @Test
    void theTimerAndTheClockShowTheirLiveTextsOnEveryPageThePhaseOrThePageTurnBrings() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Session s = AudienceLayoutTest.example();
            SessionContext context = context(s);
            AudienceView view = new AudienceView(context, new FxTextMeasure(), () -> java.time.LocalTime.of(14, 7));
            new Scene(view, 1280, 720);
            context.audience().timerProperty().set("12:34");
            pulse(view);
            assertEquals(List.of("12:34"), live(view, PageView.TIMER));
            assertEquals(List.of("14:07"), live(view, PageView.CLOCK), "the clock as the view's time source says");
            // Another phase: a page with new chrome nodes, which must not show the layout's own timer text.
            context.audience().phaseIdProperty().set(s.getPhases().stream()
                    .filter(p -> p.getKind() == nl.labtafel.model.PhaseKind.THEMES).findFirst().orElseThrow().getId());
            pulse(view);
            assertEquals(List.of("12:34"), live(view, PageView.TIMER), "the timer on the themes page");
            assertEquals(List.of("14:07"), live(view, PageView.CLOCK));
            context.audience().timerProperty().set("11:59");
            assertEquals(List.of("11:59"), live(view, PageView.TIMER), "the timer ticks without a new layout");
            view.dispose();
            return null;
        }).get();
    }

    private static List<String> live(AudienceView view, String styleClass) {
        List<String> texts = new ArrayList<>();
        view.pageView().lookupAll("." + styleClass).forEach(n -> texts.add(((Text) n).getText()));
        return texts;
    }

    @Test
    void theRoomInputCornerNeverCoversACard() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Session s = AudienceLayoutTest.example();
            SessionContext context = context(s);
            context.roomUrlProperty().set("http://192.168.1.20:8080/kamer/4821");
            context.roomShortUrlProperty().set("192.168.1.20:8080");
            context.roomCodeProperty().set("4821");
            AudienceView view = new AudienceView(context, new FxTextMeasure());
            new Scene(view, 1280, 720);
            for (int i = 0; i < 3; i++) {
                pulse(view); // the corner's own width arrives in the first pass; the pages follow it
            }
            Node corner = view.lookup("#audience-room-qr").getParent();
            assertTrue(corner.isVisible());
            Bounds free = corner.localToScene(corner.getBoundsInLocal());
            for (int p = 0; p < view.pages().size(); p++) {
                context.audience().pageProperty().set(p);
                pulse(view);
                for (Node n : view.pageView().getChildren()) {
                    Bounds b = n.localToScene(n.getBoundsInLocal());
                    assertFalse(b.intersects(free), "page " + (p + 1) + ": " + n + " under the join corner " + free);
                }
                for (Node n : view.pageView().lookupAll("." + PageView.CARD_TEXT)) {
                    Text t = (Text) n;
                    assertTrue(t.getFont().getSize() >= 20, t.getFont().getSize() + " px: " + t.getText());
                }
            }
            view.dispose();
            return null;
        }).get();
    }

    @Test
    void aMoveOnTheBoardLaysOutNothingAndEveryEditShowsWhatAFreshLayoutShows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Session s = SessionFixtures.generated(InventoryLayout.REFLOW_FROM + 200, 9);
            SessionContext context = context(s);
            AudienceView view = new AudienceView(context, new FxTextMeasure());
            new Scene(view, 1280, 720);
            pulse(view);
            pulse(view);
            assertTrue(view.upToDate());
            long before = view.relayouts();
            Note moved = s.getNotes().get(7);
            context.commands().execute(new MoveNotesCommand(List.of(new MoveNotesCommand.Move(moved, moved.getX(),
                    moved.getY(), moved.getX() + 300, moved.getY())), "verplaatsen"));
            assertTrue(view.upToDate(), "where a post-it lies on the board is not on the room's screen");
            pulse(view);
            assertEquals(before, view.relayouts());
            java.util.Random random = new java.util.Random(4);
            for (int i = 0; i < 40; i++) {
                Note some = s.getNotes().get(random.nextInt(s.getNotes().size()));
                switch (i % 5) {
                    case 0 -> context.commands().execute(new AddNotesCommand(s, List.of(new Note("v-" + i,
                            "Buurtkamer " + i + " open op dinsdag", some.getActorGroupId())), "toevoegen"));
                    case 1 -> context.commands().execute(ChangeNotesCommand.text(some, some.getText() + " ook 's avonds", "tekst"));
                    case 2 -> context.commands().execute(ChangeNotesCommand.actorGroup(List.of(some), "g" + random.nextInt(6), "groep"));
                    case 3 -> context.commands().execute(new RemoveNotesCommand(s, List.of(some.getId()), "weg"));
                    default -> context.commands().undo();
                }
                context.audience().pageProperty().set(random.nextInt(3) == 0 ? random.nextInt(view.pages().size()) : 0);
                pulse(view);
                List<Page> fresh = new AudienceLayout(new FxTextMeasure(), context.messages()).pages(s,
                        new AudienceLayout.Request(nl.labtafel.model.PhaseKind.INVENTORY, view.shownPage().boxes().get(0).lines().get(0),
                                "inventory", null, null, null, view.getWidth(), view.getHeight()));
                assertEquals(fresh, view.pages(), "pages after edit " + i);
                assertEquals(drawn(view.shownPage()), shownTexts(view), "the nodes draw the page, after edit " + i);
            }
            view.dispose();
            return null;
        }).get();
    }

    /** Every line of the page with the place it is drawn at (timer and clock tick on their own). */
    static List<String> drawn(Page page) {
        List<String> out = new ArrayList<>();
        for (Box b : page.boxes()) {
            if (b.role() == Box.Role.TIMER || b.role() == Box.Role.CLOCK) {
                continue;
            }
            for (int i = 0; i < b.lines().size(); i++) {
                out.add(b.lines().get(i) + " @" + Math.round(b.x() + b.padding()) + "," + Math.round(b.y() + b.padding() + i * b.lineHeight()));
            }
        }
        out.sort(null);
        return out;
    }

    /** Every Text node the page view draws, with its place (timer and clock left out), to compare with {@link #drawn}. */
    static List<String> shownTexts(AudienceView view) {
        List<String> out = new ArrayList<>();
        for (Node n : view.pageView().getChildren()) {
            if (n instanceof Text t && !t.getStyleClass().contains(PageView.TIMER) && !t.getStyleClass().contains(PageView.CLOCK)) {
                out.add(t.getText() + " @" + Math.round(t.getLayoutX() + t.getLayoutBounds().getMinX()) + ","
                        + Math.round(t.getLayoutY() + t.getLayoutBounds().getMinY()));
            }
        }
        out.sort(null);
        return out;
    }
}
