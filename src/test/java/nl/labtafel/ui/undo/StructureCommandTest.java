package nl.labtafel.ui.undo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasOperations;
import nl.labtafel.model.OperationRefused;
import nl.labtafel.model.Session;
import nl.labtafel.model.ThemeOperations;
import nl.labtafel.testing.SessionFixtures;
import org.junit.jupiter.api.Test;

/** Undo and redo of structure edits restore the session byte for byte; the stack names each step. */
class StructureCommandTest {
    private final SessionStore store = new SessionStore();

    @Test
    void undoAndRedoRestoreExactly() {
        Session s = SessionFixtures.generated(50, 9);
        CommandStack stack = new CommandStack();
        byte[] start = store.serialize(s);
        List<String> ids = s.getNotes().subList(0, 3).stream().map(n -> n.getId()).toList();
        stack.execute(new StructureCommand("Thema maken", s, x -> ThemeOperations.makeTheme(x, ids, "Nieuw")));
        byte[] afterMake = store.serialize(s);
        String newTheme = s.getThemes().get(s.getThemes().size() - 1).getId();
        stack.execute(new StructureCommand("Stemmen", s, x -> ThemeOperations.vote(x, newTheme, 4)));
        stack.execute(new StructureCommand("Kiezen", s, x -> ThemeOperations.chooseTop(x, 2)));
        stack.execute(new StructureCommand("Proef", s, x -> CanvasOperations.add(x.getTeams().get(0),
                CanvasLane.TRIALS, "Vervolgsessie in de Kansenfabriek")));
        byte[] end = store.serialize(s);
        assertEquals("Proef", stack.undoNameProperty().get());
        stack.undo();
        stack.undo();
        stack.undo();
        assertArrayEquals(afterMake, store.serialize(s));
        stack.undo();
        assertArrayEquals(start, store.serialize(s));
        assertTrue(stack.dirtyProperty().get());
        for (int i = 0; i < 4; i++) {
            stack.redo();
        }
        assertArrayEquals(end, store.serialize(s));
    }

    @Test
    void aRefusedOperationLeavesNothingHalfDoneAndNoStep() {
        Session s = SessionFixtures.generated(10, 3);
        CommandStack stack = new CommandStack();
        String chosen = s.chosenThemes().get(0).getId();
        byte[] before = store.serialize(s);
        assertThrows(OperationRefused.class, () -> stack.execute(
                new StructureCommand("Verwijderen", s, x -> ThemeOperations.delete(x, chosen))));
        assertArrayEquals(before, store.serialize(s));
        assertEquals(false, stack.canUndoProperty().get());
    }
}
