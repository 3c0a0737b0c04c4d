package nl.labtafel.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.shortcuts.ShortcutSpec;
import nl.labtafel.ui.shortcuts.ShortcutTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * AltGr as Windows sends it (Ctrl+Alt held, then the character) on the Dutch, US-International and
 * German layouts: it types the character in the capture bar and on the board, never picks or changes an
 * actor group (whose keys are digits here) and never runs a Ctrl shortcut.
 */
@ExtendWith(ApplicationExtension.class)
class AltGrTest {
    /** Key, the character the layout types with AltGr on it. */
    record Chord(String layout, KeyCode code, String character) {
    }

    static final List<Chord> CHORDS = List.of(
            new Chord("US-International", KeyCode.DIGIT5, "€"), new Chord("US-International", KeyCode.E, "é"),
            new Chord("US-International", KeyCode.DIGIT2, "²"),
            new Chord("Nederlands", KeyCode.E, "€"), new Chord("Nederlands", KeyCode.DIGIT6, "¼"),
            new Chord("Deutsch", KeyCode.Q, "@"), new Chord("Deutsch", KeyCode.DIGIT7, "{"),
            new Chord("Deutsch", KeyCode.DIGIT1, "¹"));

    private Session session;
    private InventoryWorkspace workspace;

    @Start
    void start(Stage stage) {
        session = BoardTestSessions.threeGroups();
        SessionContext context = BoardTestSessions.context(session);
        workspace = new InventoryWorkspace(context);
        stage.setScene(new Scene(new StackPane(workspace.view()), 1280, 720));
        stage.show();
        workspace.activate();
    }

    @Test
    void altGrCharactersTypeInTheCaptureBarAndPickNoGroup(FxRobot robot) {
        String groupBefore = onFx(this::captureGroupId);
        StringBuilder expected = new StringBuilder();
        for (Chord chord : CHORDS) {
            altGr(robot, workspace.capture().field(), chord);
            expected.append(chord.character());
            assertEquals(expected.toString(), onFx(() -> workspace.capture().field().getText()),
                    chord.layout() + " AltGr+" + chord.code().getName());
        }
        assertEquals(groupBefore, onFx(this::captureGroupId), "AltGr+digit is a character, not Alt+digit");
        assertEquals(0, session.getNotes().size());
    }

    @Test
    void altGrOnTheBoardWithANoteSelectedTypesAndLeavesTheNoteInItsGroup(FxRobot robot) {
        robot.write("Taalcafé").type(KeyCode.ENTER);
        Note note = session.getNotes().get(0);
        robot.clickOn(robot.lookup(".note").<Node>query());
        for (Chord chord : CHORDS) {
            altGr(robot, onFx(() -> workspace.view().getScene().getFocusOwner()), chord);
        }
        assertEquals("inwoners", note.getActorGroupId(), "no AltGr chord moved the note to another group");
        assertEquals(CHORDS.stream().map(Chord::character).reduce("", String::concat),
                onFx(() -> workspace.capture().field().getText()), "the characters reached the capture bar");
    }

    @Test
    void altGrChordsMatchNoCtrlShortcut() {
        ShortcutTable table = new ShortcutTable();
        for (KeyCode code : List.of(KeyCode.E, KeyCode.Q, KeyCode.DIGIT5, KeyCode.DIGIT7, KeyCode.DIGIT0, KeyCode.S)) {
            table.add("menu", new ShortcutSpec("ctrl-" + code, "x", null,
                    new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN), () -> { }));
        }
        for (Chord chord : CHORDS) {
            assertNull(table.match(keyEvent(KeyEvent.KEY_PRESSED, chord.code(), "")), chord.toString());
        }
    }

    private String captureGroupId() {
        var group = workspace.model().captureGroupProperty().get();
        return group == null ? null : group.getId();
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void altGr(FxRobot robot, Node target, Chord chord) {
        robot.interact(() -> {
            Event.fireEvent(target, keyEvent(KeyEvent.KEY_PRESSED, chord.code(), ""));
            Event.fireEvent(target, keyEvent(KeyEvent.KEY_TYPED, KeyCode.UNDEFINED, chord.character()));
            Event.fireEvent(target, keyEvent(KeyEvent.KEY_RELEASED, chord.code(), ""));
        });
    }

    /** Windows reports AltGr as Ctrl and Alt down together. */
    private static KeyEvent keyEvent(EventType<KeyEvent> type, KeyCode code, String character) {
        String ch = type == KeyEvent.KEY_TYPED ? character : KeyEvent.CHAR_UNDEFINED;
        return new KeyEvent(type, ch, "", code, false, true, true, false);
    }
}
