package nl.labtafel.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.SessionContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, items 3–6: regrouping on purpose, columns are groups, tidy up, the whole text of a long note. */
@ExtendWith(ApplicationExtension.class)
class BoardConsoleTest {
    private static final String LONG = "Werkgevers die arbeidsmigranten huisvesten in de eigen gemeente en daar "
            + "samen met de woningcorporatie afspraken over maken";
    private Session session;
    private SessionContext context;
    private InventoryWorkspace workspace;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        context = BoardTestSessions.context(session);
        workspace = new InventoryWorkspace(context);
        stage.setScene(new Scene(new VBox(workspace.view()), 1280, 720));
        stage.show();
        workspace.activate();
    }

    /** Item 3: a plain digit on a selected note is typing, Alt+digit regroups, visibly and undoably. */
    @Test
    void plainDigitIsTypingAltDigitRegroupsVisiblyAndUndoably(FxRobot robot) {
        robot.write("Taalcafé").type(KeyCode.ENTER);
        Note note = session.getNotes().get(0);
        robot.clickOn(nodeOf(note));
        robot.type(KeyCode.DIGIT2);
        assertEquals("inwoners", note.getActorGroupId(), "a plain digit does not move the note");
        assertEquals("2", workspace.capture().field().getText(), "it went to the capture bar");
        robot.eraseText(1);

        robot.clickOn(nodeOf(note));
        robot.press(KeyCode.ALT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.ALT);
        assertEquals("gemeente", note.getActorGroupId());
        assertEquals(NotePlacer.columnX(2), note.getX(), "into the group's column");
        assertEquals("Post-it naar Gemeente", context.noticeProperty().get());
        assertEquals("Post-it naar Gemeente", context.commands().undoNameProperty().get());
        assertTrue(workspace.board().isFlashed(note));

        robot.interact(() -> context.commands().undo());
        assertEquals("inwoners", note.getActorGroupId());
        assertEquals(NotePlacer.columnX(0), note.getX());
    }

    /** Item 4: dropping a note over another group's column makes it that group's, in a free place. */
    @Test
    void droppingInAnotherColumnRegroupsWithoutOverlap(FxRobot robot) {
        robot.write("Taalcafé").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.ALT);
        robot.write("Inloopspreekuur").type(KeyCode.ENTER);
        Note moving = session.getNotes().get(0);
        Note there = session.getNotes().get(1);
        robot.interact(() -> workspace.board().fitAll());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds target = nodeOf(there).localToScreen(nodeOf(there).getBoundsInLocal());
        robot.drag(nodeOf(moving)).dropTo(new Point2D(target.getCenterX(), target.getCenterY()));
        assertEquals("gemeente", moving.getActorGroupId(), "the column is the group");
        assertEquals(NotePlacer.columnX(2), moving.getX());
        assertTrue(Math.abs(moving.getY() - there.getY()) >= NotePlacer.NOTE_HEIGHT, "no overlap");
        assertEquals("Post-it naar Gemeente", context.noticeProperty().get());
        robot.interact(() -> context.commands().undo());
        assertEquals("inwoners", moving.getActorGroupId());
        assertEquals(NotePlacer.columnX(0), moving.getX());
    }

    /** Item 5: a deleted note leaves a gap; tidy up closes it, as one undo step. */
    @Test
    void tidyUpClosesTheGapADeletedNoteLeft(FxRobot robot) {
        robot.write("Een").type(KeyCode.ENTER).write("Twee").type(KeyCode.ENTER).write("Drie").type(KeyCode.ENTER);
        Note third = session.getNotes().get(2);
        double before = third.getY();
        robot.clickOn(nodeOf(session.getNotes().get(1))).type(KeyCode.DELETE);
        assertEquals(before, third.getY(), "deleting leaves the gap");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertEquals(NotePlacer.TOP + NotePlacer.NOTE_HEIGHT + NotePlacer.GAP, third.getY());
        assertEquals("Bord opruimen", context.commands().undoNameProperty().get());
        assertEquals("Opgeruimd: 1 post-its schoven aan", context.noticeProperty().get());
        robot.interact(() -> context.commands().undo());
        assertEquals(before, third.getY());
    }

    /** Item 6: a long note is cut on the board; hovering and selecting show the whole text. */
    @Test
    void longNoteShowsItsWholeTextOnHoverAndSelection(FxRobot robot) {
        robot.write(LONG).type(KeyCode.ENTER);
        Note note = session.getNotes().get(0);
        NoteNode node = nodeOf(note);
        assertTrue(node.isCut(), "the text does not fit the note");
        assertFalse(shownText(robot, node).equals(LONG));

        robot.moveTo(node);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip t && t.isShowing()
                && LONG.equals(t.getText())));

        robot.clickOn(node);
        waitUntil(node::isExpanded);
        assertEquals(LONG, shownText(robot, node));
        assertTrue(node.getHeight() > NotePlacer.NOTE_HEIGHT, "the note grows to show it");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !node.isExpanded());
        assertFalse(shownText(robot, node).equals(LONG));
    }

    private String shownText(FxRobot robot, NoteNode node) {
        return robot.from(node).lookup(".note-text").queryAs(Text.class).getText();
    }

    private NoteNode nodeOf(Note note) {
        WaitForAsyncUtils.waitForFxEvents();
        NoteNode node = workspace.board().nodeOf(note.getId());
        assertNotNull(node, "no node shown for " + note.getText());
        return node;
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    @SuppressWarnings("unused")
    private static List<String> texts(Session s) {
        return s.getNotes().stream().map(Note::getText).toList();
    }
}
