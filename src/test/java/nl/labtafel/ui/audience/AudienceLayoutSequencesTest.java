package nl.labtafel.ui.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.labtafel.model.Note;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.undo.AddNotesCommand;
import nl.labtafel.ui.undo.Change;
import nl.labtafel.ui.undo.ChangeNotesCommand;
import nl.labtafel.ui.undo.CommandStack;
import nl.labtafel.ui.undo.MoveNotesCommand;
import nl.labtafel.ui.undo.RegroupNotesCommand;
import nl.labtafel.ui.undo.RemoveNotesCommand;
import nl.labtafel.ui.undo.SetValueCommand;
import org.junit.jupiter.api.Test;

/**
 * The live room's layout follows edits by what the commands say they changed ({@link Change}) and lays out again
 * only the groups they touched. After random sequences of every edit the inventory knows (add, change text, move,
 * regroup, remove, an organisation through a command that does not say, undo, redo), some laid out one by one,
 * some several at once, some while the room showed another phase, every page must be the page a fresh layout of
 * the session gives. A failure names the seed and the steps.
 */
class AudienceLayoutSequencesTest {
    private static final TextMeasure MEASURE = new FixedMeasure();
    private static final Messages NL = Messages.forLanguage("nl");

    @Test
    void pagedInventoryAfterRandomEditsIsWhatAFreshLayoutGives() {
        for (long seed = 1; seed <= 6; seed++) {
            check(seed, InventoryLayout.REFLOW_FROM + 150, 60);
        }
    }

    @Test
    void smallInventoryAfterRandomEditsIsWhatAFreshLayoutGives() {
        for (long seed = 1; seed <= 40; seed++) {
            check(seed, 10 + (int) seed, 30);
        }
    }

    @Test
    void crossingThePagedSizeBothWaysStaysRight() {
        Random random = new Random(3);
        Session s = SessionFixtures.generated(InventoryLayout.REFLOW_FROM - 2, 3);
        Sequence q = new Sequence(s, random);
        for (int i = 0; i < 12; i++) {
            Note n = new Note("edge-" + i, "Rand " + i, "g" + (i % 6));
            q.stack.execute(new AddNotesCommand(s, List.of(n), "toevoegen"));
            q.compare("add " + i);
        }
        for (int i = 0; i < 12; i++) {
            q.stack.undo();
            q.compare("undo " + i);
        }
    }

    private static void check(long seed, int notes, int steps) {
        Random random = new Random(seed);
        Sequence q = new Sequence(SessionFixtures.generated(notes, seed), random);
        q.compare("start");
        for (int i = 0; i < steps; i++) {
            int batch = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1; // several edits in one frame
            for (int b = 0; b < batch; b++) {
                q.step();
            }
            if (random.nextInt(6) == 0) {
                q.otherPhase(); // the room showed the themes meanwhile: the inventory missed a layout
            }
            q.compare("seed " + seed);
        }
        assertTrue(q.log.size() >= steps, "steps ran");
    }

    /** A session, its command stack, the changes it reported since the last layout, and a live layout. */
    private static final class Sequence {
        final Session s;
        final Random random;
        final CommandStack stack = new CommandStack();
        final List<Change> changes = new ArrayList<>();
        final AudienceLayout live = new AudienceLayout(MEASURE, NL);
        final List<String> log = new ArrayList<>();
        int made;

        Sequence(Session s, Random random) {
            this.s = s;
            this.random = random;
            stack.revisionProperty().addListener(o -> changes.add(stack.lastChange()));
        }

        void step() {
            List<Note> notes = s.getNotes();
            Note some = notes.isEmpty() ? null : notes.get(random.nextInt(notes.size()));
            int kind = notes.isEmpty() ? 0 : random.nextInt(9);
            String group = "g" + random.nextInt(6);
            switch (kind) {
                case 0 -> {
                    List<Note> added = new ArrayList<>();
                    for (int i = random.nextInt(3); i >= 0; i--) {
                        added.add(new Note("new-" + ++made, "Nieuw punt " + made + " over taal en werk", group));
                    }
                    stack.execute(new AddNotesCommand(s, added, "toevoegen"));
                }
                case 1 -> stack.execute(ChangeNotesCommand.text(some, some.getText() + " en een langere uitleg " + made++, "tekst"));
                case 2 -> stack.execute(ChangeNotesCommand.actorGroup(List.of(some), random.nextInt(8) == 0 ? null : group, "groep"));
                case 3 -> stack.execute(new MoveNotesCommand(List.of(new MoveNotesCommand.Move(some, some.getX(), some.getY(),
                        some.getX() + 40, some.getY() + 20)), "verplaatsen"));
                case 4 -> stack.execute(new RegroupNotesCommand(List.of(new RegroupNotesCommand.Regroup(some,
                        some.getActorGroupId(), some.getX(), some.getY(), group, 0, 0)), "hergroeperen"));
                case 5 -> {
                    Set<String> ids = new HashSet<>(List.of(some.getId(), notes.get(random.nextInt(notes.size())).getId()));
                    stack.execute(new RemoveNotesCommand(s, ids, "verwijderen"));
                }
                case 6 -> stack.execute(new SetValueCommand<>("organisatie", some::getOrganisation, some::setOrganisation,
                        "Organisatie " + made++));
                case 7 -> stack.undo();
                default -> stack.redo();
            }
            log.add(kind + (some == null ? "" : ":" + some.getId()));
        }

        void otherPhase() {
            live.pages(s, request(PhaseKind.THEMES), List.copyOf(changes));
            changes.clear();
        }

        void compare(String where) {
            List<Page> shown = live.pages(s, request(PhaseKind.INVENTORY), List.copyOf(changes));
            changes.clear();
            List<Page> fresh = new AudienceLayout(MEASURE, NL).pages(s, request(PhaseKind.INVENTORY));
            assertEquals(fresh.size(), shown.size(), () -> "pages, " + where + " after " + log);
            for (int p = 0; p < fresh.size(); p++) {
                int page = p;
                assertEquals(fresh.get(p), shown.get(p), () -> "page " + (page + 1) + ", " + where + " after " + log);
            }
        }

        private static AudienceLayout.Request request(PhaseKind phase) {
            return new AudienceLayout.Request(phase, "Fase", null, null, null, null, 1280, 720);
        }
    }
}
