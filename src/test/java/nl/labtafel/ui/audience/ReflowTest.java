package nl.labtafel.ui.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import nl.labtafel.model.Note;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * A live view with thousands of post-its lays out again only the pages an edit touched; after every kind of edit
 * its pages must be exactly the pages a fresh layout of the edited session gives.
 */
class ReflowTest {
    private static final TextMeasure MEASURE = new FixedMeasure();
    private static final Messages NL = Messages.forLanguage("nl");
    private static final AudienceLayout.Request REQUEST = new AudienceLayout.Request(PhaseKind.INVENTORY, "Inventarisatie",
            null, null, null, null, 1280, 720);

    @Test
    void everyEditGivesTheSamePagesAsAFreshLayoutAndReusesMostPages() {
        Session s = SessionFixtures.generated(InventoryLayout.REFLOW_FROM + 300, 11);
        AudienceLayout live = new AudienceLayout(MEASURE, NL);
        live.pages(s, REQUEST);
        Random random = new Random(5);
        int reusing = 0;
        int edits = 60;
        for (int i = 0; i < edits; i++) {
            List<Note> notes = s.getNotes();
            Note target = notes.get(random.nextInt(notes.size()));
            switch (i % 5) {
                case 0 -> notes.add(new Note("new-" + i, "Nieuwe post-it nummer " + i, target.getActorGroupId()));
                case 1 -> target.setText(target.getText() + " en nog een lange toevoeging over woonruimte en werk " + i);
                case 2 -> target.setText(target.getText().substring(0, Math.max(1, target.getText().length() / 3)));
                case 3 -> notes.remove(target);
                default -> target.setActorGroupId(notes.get(random.nextInt(notes.size())).getActorGroupId());
            }
            List<Page> reflowed = live.pages(s, REQUEST);
            List<Page> fresh = new AudienceLayout(MEASURE, NL).pages(s, REQUEST);
            assertEquals(fresh.size(), reflowed.size(), "pages after edit " + i);
            for (int p = 0; p < fresh.size(); p++) {
                assertEquals(fresh.get(p), reflowed.get(p), "page " + (p + 1) + " after edit " + i);
            }
            if (live.reusedInventoryPages() > fresh.size() / 2) {
                reusing++;
            }
        }
        assertTrue(reusing >= edits * 2 / 3, "most edits lay out only a few pages again: " + reusing + " of " + edits);
    }

    /**
     * The chrome an edit leaves as it was (phase name, page number, timer, clock) comes back as the very same boxes, as
     * unchanged cards do: the room's view keeps their nodes with one identity look-up instead of a match by value on
     * every edit, which it pays on the FX thread in the console's frame.
     */
    @Test
    void anEditHandsOnTheUnchangedChromeAsTheVeryBoxesOfBefore() {
        Session s = SessionFixtures.generated(InventoryLayout.REFLOW_FROM + 300, 11);
        AudienceLayout live = new AudienceLayout(MEASURE, NL);
        Page before = live.pages(s, REQUEST).get(0);
        s.getNotes().add(new Note("new", "Nieuwe post-it over de buurt", s.getNotes().get(0).getActorGroupId()));
        Page after = live.pages(s, REQUEST).get(0);
        int chrome = 0;
        for (Box b : after.boxes()) {
            if (b.role() == Box.Role.CHROME || b.role() == Box.Role.TIMER || b.role() == Box.Role.CLOCK) {
                int at = before.boxes().indexOf(b);
                if (at >= 0) {
                    assertSame(before.boxes().get(at), b, "unchanged chrome " + b.lines());
                    chrome++;
                }
            }
        }
        assertTrue(chrome >= 4, "phase name, page number, timer and clock unchanged: " + chrome);
    }
}
