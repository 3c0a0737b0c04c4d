package nl.labtafel.ui.session;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.common.WorkspaceCatalog;

/**
 * Moves through the agenda: keeps the session's current phase, makes each workspace once (so a board
 * keeps its zoom and selection when the facilitator comes back) and tells the window what to show.
 * Moving is not an edit: it is saved with the session but is not an undo step.
 */
final class Navigator {
    private final SessionContext context;
    private final WorkspaceCatalog workspaces;
    private final Map<PhaseKind, Workspace> made = new EnumMap<>(PhaseKind.class);
    private final Consumer<Phase> onShow;
    private Workspace current;
    private PhaseKind currentKind;

    Navigator(SessionContext context, WorkspaceCatalog workspaces, Consumer<Phase> onShow) {
        this.context = context;
        this.workspaces = workspaces;
        this.onShow = onShow;
    }

    Phase currentPhase() {
        Session session = context.session();
        List<Phase> phases = session.getPhases();
        return phases.stream().filter(p -> p.getId().equals(session.getCurrentPhaseId())).findFirst()
                .orElse(phases.isEmpty() ? null : phases.get(0));
    }

    Workspace currentWorkspace() {
        return current;
    }

    void goTo(Phase phase) {
        goTo(phase, true);
    }

    /** The kind of workspace shown now (after fallbacks), or null before the first phase is shown. */
    PhaseKind currentKind() {
        return currentKind;
    }

    /**
     * Shows the first phase whose workspace is of this kind, without moving the keyboard to where typing
     * goes (undo shows a change there and puts the keyboard on it itself). False when there is none.
     */
    boolean showKind(PhaseKind kind) {
        if (kind == currentKind) {
            return true;
        }
        for (Phase phase : context.session().getPhases()) {
            if (workspaces.shownKind(phase.getKind()) == kind) {
                goTo(phase, false);
                return true;
            }
        }
        return false;
    }

    private void goTo(Phase phase, boolean activate) {
        context.session().setCurrentPhaseId(phase.getId());
        context.audience().phaseIdProperty().set(phase.getId());
        PhaseKind kind = workspaces.shownKind(phase.getKind());
        current = made.computeIfAbsent(kind, k -> workspaces.create(k, context));
        currentKind = kind;
        onShow.accept(phase);
        Workspace shown = current;
        if (activate) {
            // Focus after the view is in the scene and laid out.
            Platform.runLater(shown::activate);
        }
    }

    /** Disposes every workspace made; the navigator is not used again. */
    void dispose() {
        made.values().forEach(Workspace::dispose);
        made.clear();
        current = null;
    }

    void step(int delta) {
        List<Phase> phases = context.session().getPhases();
        Phase phase = currentPhase();
        if (phase == null) {
            return;
        }
        int index = Math.max(0, Math.min(phases.size() - 1, phases.indexOf(phase) + delta));
        if (phases.get(index) != phase) {
            goTo(phases.get(index));
        }
    }
}
