package nl.labtafel.ui.series;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.shortcuts.ShortcutSpec;

/** The follow-up phase with "Herkomst" beside it, for the action selected in its list. */
public final class WithOrigin implements Workspace {
    private final Workspace inner;
    private final SplitPane view;

    public WithOrigin(Workspace inner, SessionContext context) {
        this.inner = inner;
        this.view = new SplitPane(inner.view(), new OriginPanel(context));
        view.setDividerPositions(0.76);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<ShortcutSpec> shortcuts() {
        return inner.shortcuts();
    }

    @Override
    public void activate() {
        Activation.whenShown(view, inner::activate);
    }

    /** Undo shows its changes in the workspace inside (issue 13). */
    @Override
    public String focusedItem() {
        return inner.focusedItem();
    }

    @Override
    public boolean reveal(String item) {
        return inner.reveal(item);
    }
}
