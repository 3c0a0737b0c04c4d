package nl.labtafel.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.CommandStack;
import org.junit.jupiter.api.Test;

/** The board's edits without a screen: placement, named undo steps, merged moves, selection. */
class BoardViewModelTest {
    private final Session session = BoardTestSessions.threeGroups();
    private final SessionContext context = BoardTestSessions.context(session);
    private final CommandStack commands = context.commands();
    private final BoardViewModel model = new BoardViewModel(context);

    @Test
    void capturedNotesGoToTheirGroupsColumnWithoutOverlapping() {
        model.captureGroupProperty().set(session.getActorGroups().get(1));
        model.addNotes(List.of("Taalcafé"));
        assertEquals("Post-it toevoegen", commands.undoNameProperty().get());
        List<Note> more = model.addNotes(List.of("Fietsles", "Buddy"));
        assertEquals(3, session.getNotes().size());
        session.getNotes().forEach(n -> assertEquals("arbeidsmigranten", n.getActorGroupId()));
        session.getNotes().forEach(n -> assertEquals(NotePlacer.columnX(1), n.getX()));
        assertNoOverlap(session.getNotes());
        assertEquals("2 post-its toevoegen", commands.undoNameProperty().get());
        assertEquals(2, more.size());
        assertEquals(3, model.countsProperty().get().get("arbeidsmigranten"));
    }

    @Test
    void placementSkipsNotesAlreadyThereAndFillsGaps() {
        Note existing = new Note("n-1", "er al", "inwoners");
        existing.setX(NotePlacer.columnX(0));
        existing.setY(NotePlacer.TOP);
        Note lower = new Note("n-2", "lager", "inwoners");
        lower.setX(NotePlacer.columnX(0));
        lower.setY(NotePlacer.TOP + 3 * (NotePlacer.NOTE_HEIGHT + NotePlacer.GAP));
        session.getNotes().addAll(List.of(existing, lower));
        model.addNotes(List.of("a", "b", "c"));
        assertNoOverlap(session.getNotes());
        assertEquals(NotePlacer.TOP + NotePlacer.NOTE_HEIGHT + NotePlacer.GAP, session.getNotes().get(2).getY());
    }

    @Test
    void undoTakesANoteOffAndRedoPutsItBack() {
        model.addNotes(List.of("Taalcafé"));
        commands.undo();
        assertTrue(session.getNotes().isEmpty());
        commands.redo();
        assertEquals("Taalcafé", session.getNotes().get(0).getText());
    }

    @Test
    void movesOfTheSameNoteMergeIntoOneUndoStep() {
        Note note = model.addNotes(List.of("Taalcafé")).get(0);
        double x = note.getX();
        double y = note.getY();
        model.moveNotes(List.of(note), 10, 5);
        model.moveNotes(List.of(note), 30, 0);
        assertEquals(x + 40, note.getX());
        assertEquals("Post-it verplaatsen", commands.undoNameProperty().get());
        commands.undo();
        assertEquals(x, note.getX());
        assertEquals(y, note.getY());
        assertEquals("Post-it toevoegen", commands.undoNameProperty().get());
    }

    @Test
    void deleteThenUndoRestoresTheOrder() {
        List<Note> notes = model.addNotes(List.of("a", "b", "c"));
        model.select(notes.get(1), false);
        model.deleteSelection();
        assertEquals(List.of("a", "c"), texts());
        assertTrue(model.selection().isEmpty());
        commands.undo();
        assertEquals(List.of("a", "b", "c"), texts());
    }

    @Test
    void duplicateCopiesTheSelectionAndSelectsTheCopies() {
        Note original = model.addNotes(List.of("Taalcafé")).get(0);
        model.select(original, false);
        model.duplicateSelection();
        assertEquals(2, session.getNotes().size());
        Note copy = session.getNotes().get(1);
        assertEquals("Taalcafé", copy.getText());
        assertFalse(copy.getId().equals(original.getId()));
        assertTrue(model.selection().contains(copy.getId()));
        assertNoOverlap(session.getNotes());
        assertEquals("Post-it dupliceren", commands.undoNameProperty().get());
    }

    @Test
    void changingTheGroupOfTheSelectionIsOneStep() {
        List<Note> notes = model.addNotes(List.of("a", "b"));
        model.select(notes.get(0), false);
        model.select(notes.get(1), true);
        model.changeGroupOfSelection(model.groupForKey("6").orElseThrow());
        assertEquals("gemeente", notes.get(0).getActorGroupId());
        assertEquals("gemeente", notes.get(1).getActorGroupId());
        commands.undo();
        assertEquals("inwoners", notes.get(1).getActorGroupId());
    }

    @Test
    void editKeepsNewTextAndIgnoresAnEmptiedNote() {
        Note note = model.addNotes(List.of("Taalcafe")).get(0);
        model.editText(note, "  Taalcafé in de bibliotheek ");
        assertEquals("Taalcafé in de bibliotheek", note.getText());
        long revision = commands.revisionProperty().get();
        model.editText(note, "   ");
        assertEquals("Taalcafé in de bibliotheek", note.getText());
        assertEquals(revision, commands.revisionProperty().get());
    }

    @Test
    void searchMatchesTextAndOrganisationAndTheFilterShowsOneGroup() {
        List<Note> notes = model.addNotes(List.of("Taalcafé", "Fietsles"));
        notes.get(1).setOrganisation("Bibliotheek");
        model.searchProperty().set("BIBLIO");
        assertFalse(model.matches(notes.get(0)));
        assertTrue(model.matches(notes.get(1)));
        assertEquals(1, model.matchCount());
        model.groupFilterProperty().set(session.getActorGroups().get(2));
        assertFalse(model.isShown(notes.get(0)));
    }

    private List<String> texts() {
        return session.getNotes().stream().map(Note::getText).toList();
    }

    static void assertNoOverlap(List<Note> notes) {
        for (Note a : notes) {
            for (Note b : notes) {
                if (a != b) {
                    boolean overlap = Math.abs(a.getX() - b.getX()) < NotePlacer.NOTE_WIDTH
                            && Math.abs(a.getY() - b.getY()) < NotePlacer.NOTE_HEIGHT;
                    assertFalse(overlap, a.getText() + " overlaps " + b.getText());
                }
            }
        }
    }
}
