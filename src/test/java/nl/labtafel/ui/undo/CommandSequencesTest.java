package nl.labtafel.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.labtafel.AppPaths;
import nl.labtafel.io.Json;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Note;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.followup.ActionsViewModel;
import nl.labtafel.ui.insights.InsightsViewModel;
import nl.labtafel.ui.inventory.BoardViewModel;
import nl.labtafel.ui.teams.CanvasViewModel;
import nl.labtafel.ui.themes.ThemesViewModel;
import org.junit.jupiter.api.Test;

/**
 * The undo rule of {@link UndoableCommand}, checked on random work: seeded sequences of every kind of
 * edit, made through the view models as the windows make them, with undo and redo mixed in. Then undo
 * everything: the session's JSON is the original's; redo everything: it is the final one's. A failure
 * names the seed and the steps, so it can be replayed.
 *
 * <p>Plain JUnit with a seeded {@link Random} rather than jqwik: the operations depend on the session's
 * state at each step (which theme, which note exists now), which a generator of step lists would have to
 * re-invent; 400 sequences take well under a second.
 */
class CommandSequencesTest {
    private static final int SEQUENCES = 400;
    private static final int MAX_STEPS = 40;
    private static final Messages M = Messages.forLanguage("nl");
    private static final BackgroundTasks BACKGROUND = new BackgroundTasks();

    @Test
    void undoAllGivesTheOriginalAndRedoAllTheFinalSession() throws Exception {
        for (long seed = 1; seed <= SEQUENCES; seed++) {
            check(seed);
        }
    }

    private static void check(long seed) throws JsonProcessingException {
        Random random = new Random(seed);
        Session session = SessionFixtures.generated(12 + random.nextInt(12), seed);
        Work work = new Work(session, random);
        String original = json(session);
        List<String> steps = new ArrayList<>();
        int count = 1 + random.nextInt(MAX_STEPS);
        for (int i = 0; i < count; i++) {
            steps.add(work.step());
        }
        CommandStack stack = work.context.commands();
        while (stack.canRedoProperty().get()) { // steps that ended on an undo: the history goes further
            stack.redo();
        }
        String last = json(session);
        while (stack.canUndoProperty().get()) {
            stack.undo();
        }
        assertEquals(original, json(session), () -> "undo all, seed " + seed + ": " + steps);
        while (stack.canRedoProperty().get()) {
            stack.redo();
        }
        assertEquals(last, json(session), () -> "redo all, seed " + seed + ": " + steps);
        assertFalse(stack.canRedoProperty().get());
        // Links between lists stay whole too: a removed insight leaves no theme pointing at it (issue 13).
        assertEquals(List.of(), nl.labtafel.model.SessionValidator.validate(session).stream()
                .filter(p -> p.path().contains("insightIds")).toList(), () -> "seed " + seed + ": " + steps);
    }

    private static String json(Session session) throws JsonProcessingException {
        return Json.sessionWriter().writeValueAsString(session);
    }

    /** One session window's worth of view models, and the random choices a facilitator makes. */
    private static final class Work {
        private final SessionContext context;
        private final Random random;
        private final BoardViewModel board;
        private final InsightsViewModel insights;
        private final ThemesViewModel themes;
        private final ActionsViewModel actions;
        /** The header the introduction view binds to when it is built (it is never replaced by a command). */
        private final SessionHeader header;
        private final List<Step> kinds = List.of(
                new Step("addNotes", this::addNotes), new Step("deleteNotes", this::deleteNotes),
                new Step("duplicateNotes", this::duplicateNotes), new Step("regroupNotes", this::regroupNotes),
                new Step("editNote", this::editNote), new Step("moveNotes", this::moveNotes),
                new Step("moveSameNotesAgain", this::moveSameNotesAgain),
                new Step("addInsights", this::addInsights), new Step("editInsight", this::editInsight),
                new Step("removeInsight", this::removeInsight), new Step("moveInsight", this::moveInsight),
                new Step("makeTheme", this::makeTheme), new Step("assignNotes", this::assignNotes),
                new Step("themeFromInsights", this::themeFromInsights), new Step("joinInsights", this::joinInsights),
                new Step("stepInsight", this::stepInsight),
                new Step("renameTheme", this::renameTheme), new Step("mergeThemes", this::mergeThemes),
                new Step("splitTheme", this::splitTheme), new Step("deleteTheme", this::deleteTheme),
                new Step("voteTheme", this::voteTheme), new Step("voteNotes", this::voteNotes),
                new Step("chooseTheme", this::chooseTheme), new Step("chooseTop", this::chooseTop),
                new Step("canvasAdd", this::canvasAdd), new Step("canvasEdit", this::canvasEdit),
                new Step("canvasMove", this::canvasMove), new Step("canvasRemove", this::canvasRemove),
                new Step("canvasLink", this::canvasLink), new Step("canvasToAction", this::canvasToAction),
                new Step("teamOutcome", this::teamOutcome), new Step("addAction", this::addAction),
                new Step("editAction", this::editAction), new Step("removeAction", this::removeAction),
                new Step("headerTitle", this::headerTitle), new Step("headerDate", this::headerDate),
                new Step("introduction", this::introduction), new Step("followUp", this::followUp),
                new Step("undo", this::undo), new Step("redo", this::redo));
        private List<Note> lastMoved = List.of();

        Work(Session session, Random random) {
            this.context = new SessionContext(session, null, M, BACKGROUND, AppPaths.detect());
            this.random = random;
            this.board = new BoardViewModel(context);
            this.insights = new InsightsViewModel(context);
            this.themes = new ThemesViewModel(context);
            this.actions = new ActionsViewModel(context);
            this.header = session.getHeader();
        }

        /** Does one random thing and says what, for the failure message. */
        String step() {
            Step step = kinds.get(random.nextInt(kinds.size()));
            step.action().run();
            return step.name();
        }

        private Session s() {
            return context.session();
        }

        private <T> T any(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private List<String> someNoteIds() {
            List<String> ids = new ArrayList<>();
            for (Note note : s().getNotes()) {
                if (random.nextInt(4) == 0) {
                    ids.add(note.getId());
                }
            }
            return ids;
        }

        private String text() {
            return "tekst " + random.nextInt(1_000);
        }

        private void select(List<String> ids) {
            board.selection().clear();
            board.selection().addAll(ids);
        }

        // The inventory board.
        private void addNotes() {
            board.addNotes(random.nextBoolean() ? List.of(text()) : List.of(text(), text(), text()));
        }

        private void deleteNotes() {
            select(someNoteIds());
            board.deleteSelection();
        }

        private void duplicateNotes() {
            select(someNoteIds());
            board.duplicateSelection();
        }

        private void regroupNotes() {
            select(someNoteIds());
            board.changeGroupOfSelection(any(s().getActorGroups()));
        }

        private void editNote() {
            if (!s().getNotes().isEmpty()) {
                board.editText(any(s().getNotes()), text());
            }
        }

        private void moveNotes() {
            select(someNoteIds());
            lastMoved = board.selectedNotes();
            board.moveNotes(lastMoved, random.nextInt(200) - 100, random.nextInt(200) - 100);
        }

        /** A second drag of the same notes merges into the first move's undo step. */
        private void moveSameNotesAgain() {
            List<Note> still = lastMoved.stream().filter(n -> s().getNotes().contains(n)).toList();
            board.moveNotes(still, random.nextInt(50), random.nextInt(50) - 25);
        }

        // The insight lists.
        private void addInsights() {
            for (int i = random.nextInt(4); i > 0; i--) {
                insights.nextList(false);
            }
            insights.add(random.nextBoolean() ? List.of(text()) : List.of(text(), text()));
        }

        private InsightKind anyKind() {
            return InsightKind.values()[random.nextInt(InsightKind.values().length)];
        }

        private void editInsight() {
            List<Insight> list = insights.list(anyKind());
            if (!list.isEmpty()) {
                insights.edit(any(list), text());
            }
        }

        private void removeInsight() {
            InsightKind kind = anyKind();
            insights.remove(kind, random.nextInt(insights.list(kind).size() + 1));
        }

        private void moveInsight() {
            InsightKind from = anyKind();
            int index = random.nextInt(insights.list(from).size() + 1);
            if (random.nextBoolean()) {
                insights.shift(from, index, random.nextBoolean() ? 1 : -1);
            } else {
                InsightKind to = anyKind();
                insights.move(from, index, to, random.nextInt(insights.list(to).size() + 2));
            }
        }

        // The themes.
        private String anyThemeId() {
            return s().getThemes().isEmpty() ? null : any(s().getThemes()).getId();
        }

        private void makeTheme() {
            List<String> ids = someNoteIds();
            if (!ids.isEmpty()) {
                themes.makeTheme(ids);
            }
        }

        private List<String> someInsightIds() {
            List<String> ids = new ArrayList<>();
            for (InsightKind kind : InsightKind.values()) {
                for (Insight insight : s().getInsights().list(kind)) {
                    if (random.nextInt(3) == 0) {
                        ids.add(insight.getId());
                    }
                }
            }
            return ids;
        }

        private void themeFromInsights() {
            List<String> ids = someInsightIds();
            if (!ids.isEmpty()) {
                themes.makeThemeFromInsights(random.nextBoolean() ? List.of() : someNoteIds(), ids);
            }
        }

        private void joinInsights() {
            themes.joinInsights(someInsightIds(), random.nextInt(4) == 0 ? null : anyThemeId());
        }

        private void stepInsight() {
            List<String> ids = someInsightIds();
            if (!ids.isEmpty()) {
                themes.stepInsight(ids.get(0), random.nextBoolean() ? 1 : -1);
            }
        }

        private void assignNotes() {
            themes.move(someNoteIds(), random.nextInt(4) == 0 ? null : anyThemeId());
        }

        private void renameTheme() {
            String id = anyThemeId();
            if (id != null) {
                themes.rename(id, "Thema " + text());
            }
        }

        private void mergeThemes() {
            String target = anyThemeId();
            String source = anyThemeId();
            if (target != null && !target.equals(source)) {
                themes.merge(target, source);
            }
        }

        private void splitTheme() {
            String id = anyThemeId();
            if (id != null) {
                List<String> ids = s().notesOfTheme(id).stream().map(Note::getId)
                        .filter(n -> random.nextBoolean()).toList();
                themes.split(id, ids);
            }
        }

        private void deleteTheme() {
            String id = anyThemeId();
            if (id != null) {
                themes.delete(id);
            }
        }

        private void voteTheme() {
            String id = anyThemeId();
            if (id != null) {
                themes.vote(id, random.nextBoolean() ? 1 : -1);
            }
        }

        private void voteNotes() {
            themes.voteNotes(someNoteIds(), random.nextBoolean() ? 1 : -1);
        }

        private void chooseTheme() {
            String id = anyThemeId();
            if (id != null) {
                themes.setChosen(id, random.nextBoolean());
            }
        }

        private void chooseTop() {
            themes.chooseTop(random.nextInt(4));
        }

        // The research teams: a canvas view model per team, made as the teams phase makes them (by team id).
        private CanvasViewModel anyCanvas() {
            return s().getTeams().isEmpty() ? null : new CanvasViewModel(context, any(s().getTeams()).getId());
        }

        private CanvasLane anyLane() {
            return CanvasLane.values()[random.nextInt(CanvasLane.values().length)];
        }

        private CanvasNote anyCanvasNote(CanvasViewModel canvas, CanvasLane lane) {
            List<CanvasNote> notes = canvas.lane(lane);
            return notes.isEmpty() ? null : any(notes);
        }

        private void canvasAdd() {
            CanvasViewModel canvas = anyCanvas();
            if (canvas != null) {
                canvas.add(anyLane(), random.nextBoolean() ? List.of(text()) : List.of(text(), text()));
            }
        }

        private void canvasEdit() {
            CanvasViewModel canvas = anyCanvas();
            CanvasNote note = canvas == null ? null : anyCanvasNote(canvas, anyLane());
            if (note != null) {
                canvas.edit(note.getId(), text());
            }
        }

        private void canvasMove() {
            CanvasViewModel canvas = anyCanvas();
            CanvasNote note = canvas == null ? null : anyCanvasNote(canvas, anyLane());
            if (note != null) {
                CanvasLane to = anyLane();
                canvas.move(note.getId(), to, random.nextInt(canvas.lane(to).size() + 1));
            }
        }

        private void canvasRemove() {
            CanvasViewModel canvas = anyCanvas();
            CanvasNote note = canvas == null ? null : anyCanvasNote(canvas, anyLane());
            if (note != null) {
                canvas.remove(note.getId());
            }
        }

        private void canvasLink() {
            CanvasViewModel canvas = anyCanvas();
            CanvasNote note = canvas == null ? null : anyCanvasNote(canvas, anyLane());
            if (note != null) {
                if (random.nextBoolean()) {
                    ActorGroup group = any(s().getActorGroups());
                    canvas.linkGroup(note, random.nextInt(4) == 0 ? null : group.getId());
                } else {
                    canvas.linkNotes(note, someNoteIds());
                }
            }
        }

        private void canvasToAction() {
            CanvasViewModel canvas = anyCanvas();
            CanvasNote note = canvas == null ? null : anyCanvasNote(canvas, CanvasLane.TRIALS);
            if (note != null) {
                canvas.toAction(note);
            }
        }

        /** The outcome field binds as CanvasView binds it: the team looked up by id at each read and write. */
        private void teamOutcome() {
            CanvasViewModel canvas = anyCanvas();
            if (canvas != null) {
                setValue("outcome", () -> canvas.team().map(ResearchTeam::getOutcome).orElse(""),
                        value -> canvas.team().ifPresent(t -> t.setOutcome(value)), text());
            }
        }

        // Follow-up: the action table.
        private String anyActionId() {
            return s().getActions().isEmpty() ? null : any(s().getActions()).getId();
        }

        private void addAction() {
            actions.add(random.nextBoolean() ? List.of(text()) : List.of(text(), text()));
        }

        private void editAction() {
            String id = anyActionId();
            if (id == null) {
                return;
            }
            switch (random.nextInt(4)) {
                case 0 -> actions.setWhat(id, text());
                case 1 -> actions.setOwner(id, text());
                case 2 -> actions.setDue(id, random.nextBoolean() ? null : LocalDate.of(2026, 12, 1 + random.nextInt(28)));
                default -> actions.setStatus(id, ActionStatus.values()[random.nextInt(ActionStatus.values().length)]);
            }
        }

        private void removeAction() {
            String id = anyActionId();
            if (id != null) {
                actions.remove(id);
            }
        }

        // Text fields, bound as FieldBinding binds them.
        private void headerTitle() {
            setValue("title", header::getTitle, header::setTitle, text());
        }

        private void headerDate() {
            setValue("date", header::getDate, header::setDate, LocalDate.of(2026, 1 + random.nextInt(12), 1));
        }

        private void introduction() {
            setValue("introduction", s()::getIntroduction, s()::setIntroduction, text());
        }

        private void followUp() {
            setValue("followUp", s()::getFollowUp, s()::setFollowUp, text());
        }

        private <T> void setValue(String name, Supplier<T> getter, Consumer<T> setter, T value) {
            SetValueCommand<T> command = new SetValueCommand<>(name, getter, setter, value);
            if (!command.isNoOp()) {
                context.commands().execute(command);
            }
        }

        private void undo() {
            context.commands().undo();
        }

        private void redo() {
            context.commands().redo();
        }

        private record Step(String name, Runnable action) {
        }
    }
}
