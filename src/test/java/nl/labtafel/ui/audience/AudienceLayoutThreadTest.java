package nl.labtafel.ui.audience;

import static nl.labtafel.ui.audience.AudienceViewTest.drawn;
import static nl.labtafel.ui.audience.AudienceViewTest.pulse;
import static nl.labtafel.ui.audience.AudienceViewTest.shownTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import nl.labtafel.AppPaths;
import nl.labtafel.model.Note;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.AddNotesCommand;
import nl.labtafel.ui.undo.ChangeNotesCommand;
import nl.labtafel.ui.undo.RemoveNotesCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long inventory's edits are laid out on the room's own thread ({@link LayoutThread}): bursts of edits, undos and
 * redos faster than the room's frames still end in exactly the pages a fresh layout gives (a job's pages taken out of
 * order, or an edit lost between jobs, would show an older room), and a layout that fails there is made again on the
 * FX thread without the room freezing.
 */
@ExtendWith(ApplicationExtension.class)
class AudienceLayoutThreadTest {

    /** Measures as the room does, and fails on the room's layout thread while armed. */
    private static final class Failing implements TextMeasure {
        private final FxTextMeasure real = new FxTextMeasure();
        volatile boolean armed;

        @Override
        public double width(String text, double size, boolean bold) {
            check();
            return real.width(text, size, bold);
        }

        @Override
        public List<String> wrap(String text, double size, boolean bold, double width) {
            check();
            return real.wrap(text, size, bold, width);
        }

        private void check() {
            if (armed && Thread.currentThread().getName().equals("labtafel-room-layout")) {
                throw new IllegalStateException("test: the room's layout thread fails");
            }
        }
    }

    private static SessionContext context(Session s) {
        SessionContext context = new SessionContext(s, null, Messages.forLanguage("nl"), new BackgroundTasks(),
                AppPaths.detect());
        context.audience().phaseIdProperty().set("inventory");
        return context;
    }

    private static void assertShowsAFreshLayout(AudienceView view, Session s, String when) {
        List<Page> fresh = new AudienceLayout(new FxTextMeasure(), Messages.forLanguage("nl")).pages(s,
                new AudienceLayout.Request(PhaseKind.INVENTORY, view.shownPage().boxes().get(0).lines().get(0),
                        "inventory", null, null, null, view.getWidth(), view.getHeight()));
        assertEquals(fresh.size(), view.pages().size(), "page count " + when);
        for (int p = 0; p < fresh.size(); p++) {
            assertEquals(fresh.get(p).boxes(), unmarked(view.pages().get(p).boxes()), "page " + (p + 1) + " " + when);
        }
    }

    /** The selection (the console's last pick) is marked on the room's pages; a fresh layout without it is not. */
    private static List<Box> unmarked(List<Box> boxes) {
        return boxes.stream().map(b -> b.highlighted() ? b.unhighlight() : b).toList();
    }

    private static void edit(SessionContext context, Session s, Random random, int i) {
        Note some = s.getNotes().get(random.nextInt(s.getNotes().size()));
        switch (random.nextInt(7)) {
            case 0, 1 -> context.commands().execute(new AddNotesCommand(s, List.of(new Note("t-" + i,
                    "Spreekuur " + i + " in de wijk", some.getActorGroupId())), "toevoegen"));
            case 2 -> context.commands().execute(ChangeNotesCommand.text(some, some.getText() + " en op zondag", "tekst"));
            case 3 -> context.commands().execute(ChangeNotesCommand.actorGroup(List.of(some), "g" + random.nextInt(6), "groep"));
            case 4 -> context.commands().execute(new RemoveNotesCommand(s, List.of(some.getId()), "weg"));
            case 5 -> context.commands().undo();
            default -> context.commands().redo();
        }
    }

    @Test
    void burstsOfEditsAndUndosEndInTheSamePagesAsAFreshLayout() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Session s = SessionFixtures.generated(InventoryLayout.REFLOW_FROM + 300, 11);
            SessionContext context = context(s);
            AudienceView view = new AudienceView(context, new FxTextMeasure());
            new Scene(view, 1280, 720);
            pulse(view);
            pulse(view);
            Random random = new Random(12);
            int bursts = 30;
            int laidOut = 0;
            for (int b = 0; b < bursts; b++) {
                long revision = context.commands().revisionProperty().get();
                int edits = 1 + random.nextInt(5); // several edits, undos and redos before the room's next frame
                for (int e = 0; e < edits; e++) {
                    edit(context, s, random, b * 10 + e);
                    if (random.nextBoolean()) {
                        Thread.sleep(random.nextInt(3)); // some jobs done, some running, some not started
                    }
                }
                pulse(view);
                laidOut += revision != context.commands().revisionProperty().get() ? 1 : 0; // an undo may find none
                assertTrue(view.upToDate());
                assertShowsAFreshLayout(view, s, "after burst " + b);
                assertEquals(drawn(view.shownPage()), shownTexts(view), "the nodes draw the page, after burst " + b);
            }
            assertEquals(laidOut, view.layoutsFromLayoutThread(), "every burst was laid out by the room's layout thread's jobs");
            view.dispose();
            return null;
        }).get();
    }

    @Test
    void aLayoutThatFailsOnTheLayoutThreadIsMadeAgainOnTheFxThread() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Session s = SessionFixtures.generated(InventoryLayout.REFLOW_FROM + 100, 5);
            SessionContext context = context(s);
            Failing measure = new Failing();
            AudienceView view = new AudienceView(context, new FxTextMeasure(), measure, LocalTime::now);
            new Scene(view, 1280, 720);
            pulse(view);
            measure.armed = true;
            String group = s.getNotes().get(0).getActorGroupId();
            context.commands().execute(new AddNotesCommand(s, List.of(new Note("f-1", "Fietsles op woensdag", group)), "een"));
            context.commands().execute(new AddNotesCommand(s, List.of(new Note("f-2", "Taalmaatje gezocht", group)), "twee"));
            long relayouts = view.relayouts();
            pulse(view);
            assertTrue(view.upToDate(), "the room shows the edits although its layout thread failed");
            assertEquals(relayouts + 1, view.relayouts());
            assertEquals(0, view.layoutsFromLayoutThread());
            assertShowsAFreshLayout(view, s, "after a failed job");
            measure.armed = false;
            context.commands().execute(new AddNotesCommand(s, List.of(new Note("f-3", "Buurtbus naar de markt", group)), "drie"));
            pulse(view);
            assertEquals(1, view.layoutsFromLayoutThread(), "the next edit is laid out on the layout thread again");
            assertShowsAFreshLayout(view, s, "after the layout thread recovered");
            view.dispose();
            return null;
        }).get();
    }
}
