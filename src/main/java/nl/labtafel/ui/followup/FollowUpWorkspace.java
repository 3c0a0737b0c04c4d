package nl.labtafel.ui.followup;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.capture.CaptureBar;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.edit.FieldBinding;
import nl.labtafel.ui.shortcuts.ShortcutSpec;

/** "Vervolg en afspraken": the next-steps narrative, and the agreed actions as a keyboard-first table. */
public final class FollowUpWorkspace implements Workspace {
    private final VBox root = new VBox();
    private final TextArea text = new TextArea();
    private final ActionsTable table;
    private final DoubleBinding readable;

    public FollowUpWorkspace(SessionContext context) {
        Messages m = context.messages();
        Session session = context.session();
        ActionsViewModel model = new ActionsViewModel(context);
        root.getStyleClass().add(FollowUpStyle.WORKSPACE);
        root.getStylesheets().add(getClass().getResource("/nl/labtafel/ui/followup/followup.css").toExternalForm());
        text.setWrapText(true);
        // Five rows where there is room; in a short window (1280x720, or larger text for the room) the narrative gives
        // way down to two and a half rows (followup.css) so the action table keeps showing whole actions.
        text.setPrefRowCount(5);
        text.setId("follow-up");
        FieldBinding.text(context, text, m.get("cmd.followUp"), session::getFollowUp, session::setFollowUp);
        Label followUp = new Label(m.get("followUp.hint"));
        Label actions = new Label(m.get("actions.title"));
        actions.getStyleClass().add(FollowUpStyle.HEADING);
        Label target = new Label(m.get("actions.new"));
        target.getStyleClass().add(FollowUpStyle.TARGET);
        CaptureBar capture = new CaptureBar(m, target, model::add, "actions.paste.items");
        capture.setHint(m.get("actions.hint"));
        table = new ActionsTable(model, m);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(followUp, text, actions, capture, table);
        table.show(model.actions());
        readable = Bindings.createDoubleBinding(() -> table.readableWidth().get() + aroundTable(),
                table.readableWidth(), root.paddingProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, action) ->
                context.selectedActionProperty().set(action == null ? null : action.getId()));
        // After the edit that caused it has finished, so a committing cell is not replaced under itself.
        context.commands().revisionProperty().addListener(o -> Platform.runLater(() -> table.show(model.actions())));
    }

    private double aroundTable() {
        return root.snappedLeftInset() + root.snappedRightInset();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<ShortcutSpec> shortcuts() {
        return List.of(new ShortcutSpec("actions.keys", "actions.hint", null, null));
    }

    /** The action table's columns at their minimums, with the room around the table. */
    @Override
    public ObservableDoubleValue readableWidth() {
        return readable;
    }

    @Override
    public String focusedItem() {
        return table.focusedAction();
    }

    @Override
    public boolean reveal(String item) {
        return table.flash(item);
    }

    @Override
    public void activate() {
        text.requestFocus();
    }
}
