package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.labtafel.io.Json;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import org.junit.jupiter.api.Test;

class AcceptedProposalsTest {

    private static Session session() {
        Session s = new Session();
        for (int i = 0; i < 6; i++) {
            s.getNotes().add(new Note("n" + i, "note " + i, null));
        }
        s.getThemes().add(new Theme("t-manual", "Handmatig"));
        s.getNotes().get(5).setThemeId("t-manual");
        return s;
    }

    private static AcceptedProposals.Change plan(Session s, List<ThemeProposal> accepted) {
        AtomicInteger next = new AtomicInteger();
        return AcceptedProposals.plan(s, accepted, () -> "t-new" + next.incrementAndGet());
    }

    @Test
    void acceptingCreatesThemesAndAssignsUnassignedNotes() throws Exception {
        Session s = session();
        String before = Json.mapper().writeValueAsString(s);
        AcceptedProposals.Change change = plan(s, List.of(
                ThemeProposal.theme("Taal", List.of("n0", "n1")),
                ThemeProposal.theme("Wonen", List.of("n2", "n3", "n5")),
                ThemeProposal.other("", List.of("n4"))));
        assertEquals(before, Json.mapper().writeValueAsString(s), "planning does not touch the session");

        change.applyTo(s);
        assertEquals(List.of("Handmatig", "Taal", "Wonen"), s.getThemes().stream().map(Theme::getName).toList());
        assertEquals("t-new1", s.note("n0").orElseThrow().getThemeId());
        assertEquals("t-new2", s.note("n3").orElseThrow().getThemeId());
        assertEquals("t-manual", s.note("n5").orElseThrow().getThemeId(), "a manual theme is never changed");
        assertNull(s.note("n4").orElseThrow().getThemeId(), "'other' creates nothing");

        change.undoOn(s);
        assertEquals(before, Json.mapper().writeValueAsString(s), "undo restores the session exactly");
    }

    @Test
    void aProposalOfOnlyManuallyThemedNotesCreatesNoEmptyTheme() {
        Session s = session();
        AcceptedProposals.Change change = plan(s, List.of(ThemeProposal.theme("Dubbel", List.of("n5"))));
        assertTrue(change.isEmpty());
        change.applyTo(s);
        assertEquals(1, s.getThemes().size());
    }

    @Test
    void renamedAndEditedProposalsAreAppliedAsEdited() {
        Session s = session();
        ThemeProposal edited = ThemeProposal.theme("Taal", List.of("n0", "n1")).renamed("Taal en meedoen")
                .withNotes(List.of("n0", "n1", "n2"));
        plan(s, List.of(edited, ThemeProposal.theme("Ook n2", List.of("n2", "n3")))).applyTo(s);
        assertEquals("Taal en meedoen", s.theme("t-new1").orElseThrow().getName());
        assertEquals("t-new1", s.note("n2").orElseThrow().getThemeId(), "a note goes to the first proposal holding it");
        assertEquals("t-new2", s.note("n3").orElseThrow().getThemeId());
    }
}
