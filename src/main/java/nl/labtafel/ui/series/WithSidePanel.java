package nl.labtafel.ui.series;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.shortcuts.ShortcutSpec;

/**
 * A phase's workspace with a series panel beside it: "Sinds de vorige keer" next to the introduction of a
 * follow-up session, "Herkomst" next to the follow-up's action list. Wraps whatever workspace the
 * composition root gives it, so this package needs none of the phase packages; keys, focus, undo's reveal
 * and dispose all go to the workspace inside.
 */
public final class WithSidePanel implements Workspace {
    private final Workspace inner;
    private final SplitPane view;

    private WithSidePanel(Workspace inner, Node panel, double divider) {
        this.inner = inner;
        this.view = new SplitPane(inner.view(), panel);
        view.setDividerPositions(divider);
    }

    /** The introduction; with "Sinds de vorige keer" only for a session that follows another. */
    public static Workspace sinceLastTime(Workspace introduction, SessionContext context) {
        return SinceLastTimeModel.applies(context.session())
                ? new WithSidePanel(introduction, new SinceLastTimePanel(context), 0.6) : introduction;
    }

    /** The follow-up phase with "Herkomst" for the action selected in its list. */
    public static Workspace origin(Workspace followUp, SessionContext context) {
        OriginPanel panel = new OriginPanel(context);
        // At 1024 wide a quarter of the window cut its heading to "Herk…" (issue 12); the table scrolls instead.
        panel.setMinWidth(210);
        WithSidePanel shown = new WithSidePanel(followUp, panel, ORIGIN_DIVIDER);
        InvalidationListener place = o -> shown.place(panel, followUp.readableWidth().get());
        shown.view.widthProperty().addListener(place);
        followUp.readableWidth().addListener(place);
        return shown;
    }

    /** The narrowest workspace that keeps the origin panel beside the action table. */
    static final double ORIGIN_PANEL_FROM = 1000;
    /** The share of the width the action table gets while the facilitator has not moved the divider. */
    private static final double ORIGIN_DIVIDER = 0.76;
    /** The divider between the two, and some slack for rounding. */
    private static final double DIVIDER = 12;

    /**
     * Below ~1000 px (1024x768, or the room panel open at 1280x720), or where the inner workspace would get less than
     * it needs to show its content whole (the action table's columns at 120 % text, in English, in the projector look),
     * the panel steps aside, and comes back when there is room. While it is shown the divider moves right far enough
     * for the inner workspace's needs, as far as the panel's own minimum allows.
     */
    private void place(Region panel, double readable) {
        double width = view.getWidth();
        if (width <= 0) {
            return;
        }
        boolean fits = width >= ORIGIN_PANEL_FROM && readable + DIVIDER + panel.getMinWidth() <= width;
        showPanel(panel, ORIGIN_DIVIDER, fits);
        if (fits && view.getDividerPositions()[0] * width < readable + DIVIDER / 2) {
            view.setDividerPositions((readable + DIVIDER / 2) / width);
        }
    }

    private void showPanel(Node panel, double divider, boolean show) {
        boolean shown = view.getItems().contains(panel);
        if (show && !shown) {
            view.getItems().add(panel);
            view.setDividerPositions(divider);
        } else if (!show && shown) {
            view.getItems().remove(panel);
        }
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

    @Override
    public void dispose() {
        inner.dispose();
    }

    /** Undo shows its changes in the workspace inside (issue 13). */
    @Override
    public ObservableDoubleValue readableWidth() {
        return inner.readableWidth();
    }

    @Override
    public String focusedItem() {
        return inner.focusedItem();
    }

    @Override
    public boolean reveal(String item) {
        return inner.reveal(item);
    }
}
