package nl.labtafel.ui.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Phase;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.look.Styles;

/** The agenda down the left: every phase with its timebox; the current one stands out; click to go there. */
final class AgendaRail extends VBox {
    private final Map<String, VBox> items = new LinkedHashMap<>();

    AgendaRail(Iterable<Phase> phases, Messages messages, Consumer<Phase> onSelect) {
        getStyleClass().add(Styles.AGENDA_RAIL);
        setId("agenda");
        Language language = messages.language();
        int number = 1;
        for (Phase phase : phases) {
            Label name = new Label(number++ + ". " + phase.getName().get(language));
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
            items.put(phase.getId(), item);
            getChildren().add(item);
        }
    }

    void showCurrent(String phaseId) {
        items.forEach((id, b) -> b.pseudoClassStateChanged(Styles.CURRENT, id.equals(phaseId)));
    }
}
