package nl.labtafel.ui.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Phase;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.look.Styles;

/**
 * The agenda down the left: every phase with its timebox; the current one stands out; click to go there. Folded
 * (Ctrl+Shift+A) it keeps only the phase numbers, so at 1024×768 and 1280×720 the workspace gets ~170 px more.
 */
final class AgendaRail extends VBox {
    private static final PseudoClass FOLDED = PseudoClass.getPseudoClass("folded");

    private final Map<String, VBox> items = new LinkedHashMap<>();
    private final List<Label> names = new ArrayList<>();
    private final List<String> fullNames = new ArrayList<>();
    private final List<Label> minutesLabels = new ArrayList<>();
    private boolean folded;

    AgendaRail(Iterable<Phase> phases, Messages messages, Consumer<Phase> onSelect) {
        getStyleClass().add(Styles.AGENDA_RAIL);
        setId("agenda");
        Language language = messages.language();
        int number = 1;
        for (Phase phase : phases) {
            String fullName = number++ + ". " + phase.getName().get(language);
            Label name = new Label(fullName);
            name.getStyleClass().add(Styles.PHASE_NAME);
            name.setWrapText(true);
            Label minutes = new Label(messages.format("agenda.minutes", phase.getMinutes()));
            minutes.getStyleClass().add(Styles.PHASE_MINUTES);
            // A plain box rather than a Button: a Button's graphic does not wrap long phase names well,
            // and clicking a phase must not pull focus away from where the facilitator types.
            VBox item = new VBox(name, minutes);
            item.setId("phase-" + phase.getId());
            item.getStyleClass().add(Styles.PHASE_ITEM);
            item.setAccessibleRole(AccessibleRole.BUTTON);
            item.setAccessibleText(phase.getName().get(language));
            item.setOnMouseClicked(e -> onSelect.accept(phase));
            Tooltip.install(item, new Tooltip(fullName + " \u00b7 " + minutes.getText()));
            items.put(phase.getId(), item);
            names.add(name);
            fullNames.add(fullName);
            minutesLabels.add(minutes);
            getChildren().add(item);
        }
    }

    boolean isFolded() {
        return folded;
    }

    /** Only the phase numbers (folded), or number, name and minutes. */
    void fold(boolean fold) {
        folded = fold;
        pseudoClassStateChanged(FOLDED, fold);
        for (int i = 0; i < names.size(); i++) {
            String full = fullNames.get(i);
            names.get(i).setText(fold ? full.substring(0, full.indexOf('.')) : full);
            minutesLabels.get(i).setVisible(!fold);
            minutesLabels.get(i).setManaged(!fold);
        }
    }

    void showCurrent(String phaseId) {
        items.forEach((id, b) -> b.pseudoClassStateChanged(Styles.CURRENT, id.equals(phaseId)));
    }
}
