package nl.labtafel.ui.phases;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import nl.labtafel.model.Messages;
import nl.labtafel.model.Session;
import nl.labtafel.ui.ActionSpec;
import nl.labtafel.ui.SessionContext;
import nl.labtafel.ui.Workspace;
import nl.labtafel.ui.edit.FieldBinding;

/** "Vervolg en afspraken": the next-steps narrative the minutes end with. */
public final class FollowUpWorkspace implements Workspace {
    private final TextArea text = Forms.paragraph("follow-up", 12);
    private final Node view;

    public FollowUpWorkspace(SessionContext context) {
        Messages m = context.messages();
        Session session = context.session();
        FieldBinding.text(context, text, m.get("cmd.followUp"), session::getFollowUp, session::setFollowUp);
        view = Forms.filled(Forms.muted(m.get("followUp.hint")), text);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<ActionSpec> actions() {
        return List.of();
    }

    @Override
    public void activate() {
        text.requestFocus();
    }
}
