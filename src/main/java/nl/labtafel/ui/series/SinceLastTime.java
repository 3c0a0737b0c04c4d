package nl.labtafel.ui.series;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.shortcuts.ShortcutSpec;

/**
 * The introduction of a follow-up session with "Sinds de vorige keer" beside it. Wraps whatever workspace
 * the composition root gives it, so this package needs none of the phase packages.
 */
public final class SinceLastTime implements Workspace {
    private final Workspace inner;
    private final SplitPane view;

    private SinceLastTime(Workspace inner, SessionContext context) {
        this.inner = inner;
        this.view = new SplitPane(inner.view(), new SinceLastTimePanel(context));
        view.setDividerPositions(0.6);
    }

    /** The workspace itself for a session that follows nothing; with the panel for a follow-up. */
    public static Workspace around(Workspace inner, SessionContext context) {
        return SinceLastTimeModel.applies(context.session()) ? new SinceLastTime(inner, context) : inner;
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
