package nl.labtafel.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionLimits;
import nl.labtafel.ui.capture.PasteQuestion;
import nl.labtafel.ui.common.SessionContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board driven as a facilitator would: keyboard into the capture bar, mouse on the notes. */
@ExtendWith(ApplicationExtension.class)
class InventoryWorkspaceTest {
    private Session session;
    private SessionContext context;
    private InventoryWorkspace workspace;
    private MenuBar menuBar;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = BoardTestSessions.threeGroups();
        context = BoardTestSessions.context(session);
        workspace = new InventoryWorkspace(context);
        // A menu bar as in the session window: a lone Alt release would open it (and a "W" would pick a menu).
        menuBar = new MenuBar(new Menu("_Werkblad", null, new MenuItem("_Zoeken")), new Menu("_Bestand"));
        stage.setScene(new Scene(new VBox(menuBar, workspace.view()), 1280, 720));
        stage.show();
        workspace.activate();
    }

    @Test
    void threeNotesWithDifferentActorKeysEditDragUndoRedo(FxRobot robot) {
        robot.write("Taalcafé in de bibliotheek").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        robot.write("Poolse Facebookgroep").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.ALT);
        robot.write("Inloopspreekuur").type(KeyCode.ENTER);

        assertEquals(List.of("Taalcafé in de bibliotheek", "Poolse Facebookgroep", "Inloopspreekuur"), texts());
        assertEquals(List.of("inwoners", "arbeidsmigranten", "gemeente"),
                session.getNotes().stream().map(Note::getActorGroupId).toList());
        assertEquals("", workspace.capture().field().getText(), "the bar is empty for the next note");
        assertTrue(workspace.capture().field().isFocused(), "the bar keeps the focus");
        assertEquals("Poolse Facebookgroep", shownText(robot, session.getNotes().get(1)));

        // Edit in place: double-click, a TextArea over that note only, Enter keeps the text.
        Note first = session.getNotes().get(0);
        robot.doubleClickOn(nodeOf(first));
        assertEquals(1, robot.lookup(".note-editor").queryAll().size());
        robot.write("Taalcafé elke dinsdag").type(KeyCode.ENTER);
        assertEquals("Taalcafé elke dinsdag", first.getText());
        assertTrue(robot.lookup(".note-editor").queryAll().isEmpty());
        assertEquals("Post-it bewerken", context.commands().undoNameProperty().get());
        assertEquals("Taalcafé elke dinsdag", shownText(robot, first));

        // Drag: only translate while dragging, one named command on release.
        Note second = session.getNotes().get(1);
        double x = second.getX();
        double y = second.getY();
        robot.drag(nodeOf(second)).moveBy(60, 200).drop();
        assertEquals(x + 60, second.getX(), 1.5);
        assertEquals(y + 200, second.getY(), 1.5);
        assertEquals("Post-it verplaatsen", context.commands().undoNameProperty().get());

        robot.interact(() -> context.commands().undo());
        assertEquals(x, second.getX());
        assertEquals(y, second.getY());
        assertEquals(x, nodeOf(second).getLayoutX(), "the view follows the undo");
        robot.interact(() -> context.commands().undo());
        assertEquals("Taalcafé in de bibliotheek", first.getText());
        robot.interact(() -> context.commands().redo());
        robot.interact(() -> context.commands().redo());
        assertEquals("Taalcafé elke dinsdag", first.getText());
        assertEquals(y + 200, second.getY(), 1.5);
        assertEquals(y + 200, nodeOf(second).getLayoutY(), 1.5);
    }

    @Test
    void altWithAnActorKeyPicksTheGroupAndLeavesTheMenusAlone(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        robot.write("Werkgever regelt vervoer").type(KeyCode.ENTER);
        assertEquals(List.of("Werkgever regelt vervoer"), texts());
        assertEquals("arbeidsmigranten", session.getNotes().get(0).getActorGroupId());
        assertTrue(menuBar.getMenus().stream().noneMatch(Menu::isShowing));
        assertTrue(workspace.capture().field().isFocused());
    }

    @Test
    void emptyIsIgnoredAndOverLongIsRefusedWithoutLosingTheText(FxRobot robot) {
        robot.write("   ").type(KeyCode.ENTER);
        assertTrue(session.getNotes().isEmpty());
        String longText = "x".repeat(SessionLimits.SHORT_TEXT + 5);
        robot.interact(() -> workspace.capture().field().setText(longText));
        robot.type(KeyCode.ENTER);
        assertTrue(session.getNotes().isEmpty());
        assertEquals(longText, workspace.capture().field().getText());
        assertTrue(workspace.capture().message().contains("10.005"), workspace.capture().message());
    }

    @Test
    void pastedLinesBecomeOneNoteEachAfterAsking(FxRobot robot) {
        int[] asked = {0};
        workspace.capture().setPasteQuestion(lines -> {
            asked[0] = lines;
            return Optional.of(PasteQuestion.Answer.ONE_PER_LINE);
        });
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Taalcafé\nFietsles\n\nBuddyproject\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertEquals(3, asked[0]);
        assertEquals(List.of("Taalcafé", "Fietsles", "Buddyproject"), texts());
        BoardViewModelTest.assertNoOverlap(session.getNotes());
        assertEquals("3 post-its toevoegen", context.commands().undoNameProperty().get());
    }

    @Test
    void keysOnASelectedNoteChangeGroupDuplicateAndDelete(FxRobot robot) {
        robot.write("Taalcafé").type(KeyCode.ENTER);
        Note note = session.getNotes().get(0);
        robot.clickOn(nodeOf(note));
        assertTrue(workspace.model().selection().contains(note.getId()));
        // Alt+the group's key, as in the capture bar: a plain digit is typing (issue 13).
        robot.press(KeyCode.ALT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.ALT);
        assertEquals("gemeente", note.getActorGroupId());
        assertEquals("Post-it naar Gemeente", context.commands().undoNameProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertEquals(2, session.getNotes().size());
        robot.type(KeyCode.DELETE);
        assertEquals(1, session.getNotes().size());
        assertTrue(workspace.capture().field().isFocused());
    }

    @Test
    void typingOnTheBoardGoesToTheCaptureBar(FxRobot robot) {
        robot.write("Taalcafé").type(KeyCode.ENTER);
        robot.clickOn(nodeOf(session.getNotes().get(0)));
        robot.write("Fiets");
        assertEquals("Fiets", workspace.capture().field().getText());
        assertTrue(workspace.capture().field().isFocused());
    }

    @Test
    void searchHighlightsMatchesAndDimsTheRest(FxRobot robot) {
        robot.write("Taalcafé").type(KeyCode.ENTER).write("Fietsles").type(KeyCode.ENTER);
        robot.interact(() -> workspace.model().searchProperty().set("fiets"));
        Node taal = nodeOf(session.getNotes().get(0));
        Node fiets = nodeOf(session.getNotes().get(1));
        assertTrue(fiets.getPseudoClassStates().contains(BoardStyle.MATCH));
        assertTrue(taal.getPseudoClassStates().contains(BoardStyle.DIMMED));
        robot.interact(() -> workspace.model().groupFilterProperty().set(session.getActorGroups().get(1)));
        assertNull(workspace.board().nodeOf(session.getNotes().get(0).getId()), "filtered out: no node");
    }

    private List<String> texts() {
        return session.getNotes().stream().map(Note::getText).toList();
    }

    private NoteNode nodeOf(Note note) {
        WaitForAsyncUtils.waitForFxEvents();
        NoteNode node = workspace.board().nodeOf(note.getId());
        assertNotNull(node, "no node shown for " + note.getText());
        return node;
    }

    private String shownText(FxRobot robot, Note note) {
        Text text = robot.from(nodeOf(note)).lookup(".note-text").query();
        return text.getText();
    }
}
