package nl.labtafel.ui.edit;

import java.util.Optional;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import nl.labtafel.model.Phase;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.look.Styles;

/**
 * The organiser's summary of one phase, for the minutes ("Hieruit blijkt dat …"): a small text area under
 * the phase's workspace, folded away until opened (on a 1280x720 projector the board needs the room, even
 * when the phase has a summary) and hidden in presentation mode, since it is written for the minutes rather
 * than for the room. Every edit is one undo step ({@link FieldBinding}).
 */
public final class PhaseSummaryPane extends TitledPane {
    /** Two lines: enough for a summary sentence or two, little enough to leave the workspace its room at 1280x720. */
    private static final int ROWS = 2;

    public PhaseSummaryPane(SessionContext context, String phaseId) {
        Messages m = context.messages();
        TextArea area = new TextArea();
        area.setId("phase-summary");
        area.setWrapText(true);
        area.setPrefRowCount(ROWS);
        area.setPromptText(m.get("summary.prompt"));
        area.setAccessibleText(m.get("summary.title"));
        FieldBinding.text(context, area, m.get("cmd.summary"),
                () -> phase(context, phaseId).map(Phase::getSummary).orElse(""),
                text -> phase(context, phaseId).ifPresent(p -> p.setSummary(text)));
        setId("phase-summary-pane");
        setText(m.get("summary.title"));
        setContent(area);
        setAnimated(false);
        setExpanded(false);
        // Not a stop for the keyboard: when a phase's workspace replaces another, the scene would hand the
        // keyboard to this title before the workspace takes it (the follow-up text lost its focus).
        setFocusTraversable(false);
        getStyleClass().add(Styles.DENSE);
        visibleProperty().bind(context.presentationProperty().not());
        managedProperty().bind(visibleProperty());
    }

    /** Looked up by id each time: the phase list may be replaced by an undo of a structural change. */
    private static Optional<Phase> phase(SessionContext context, String id) {
        return context.session().getPhases().stream().filter(p -> id.equals(p.getId())).findFirst();
    }
}
