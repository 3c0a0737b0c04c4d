package nl.labtafel.ui.insights;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.labtafel.model.Ids;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Insights;
import nl.labtafel.model.SessionLimits;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.CommandStack;
import nl.labtafel.ui.undo.InsightCommands;

/**
 * The four insight lists without Nodes: which list the capture bar writes to (Tab moves on), and
 * every edit as a named command: add, edit, remove, reorder, move to another list.
 */
public final class InsightsViewModel {
    private static final InsightKind[] KINDS = InsightKind.values();
    private final Insights insights;
    private final SessionContext context;
    private final CommandStack commands;
    private final Messages messages;
    private final ObjectProperty<InsightKind> current = new SimpleObjectProperty<>(this, "current", KINDS[0]);

    public InsightsViewModel(SessionContext context) {
        this.context = context;
        this.insights = context.session().getInsights();
        this.commands = context.commands();
        this.messages = context.messages();
    }

    public List<Insight> list(InsightKind kind) {
        return insights.list(kind);
    }

    public String title(InsightKind kind) {
        return messages.get("insights.kind." + kind.name().toLowerCase());
    }

    /** Tab: the next list (after the last, the first again); Shift+Tab the one before. */
    public void nextList(boolean backwards) {
        int step = backwards ? KINDS.length - 1 : 1;
        current.set(KINDS[(current.get().ordinal() + step) % KINDS.length]);
    }

    public void add(List<String> texts) {
        List<Insight> added = texts.stream().map(t -> new Insight(Ids.next("i"), t)).toList();
        String name = added.size() == 1 ? messages.format("insights.cmd.add", title(current.get()))
                : messages.format("insights.cmd.addMany", added.size(), title(current.get()));
        commands.execute(InsightCommands.add(insights, current.get(), added, name));
    }

    /** Keeps the new text; an emptied point stays as it was, an over-long one is refused (returns false). */
    public boolean edit(Insight insight, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > SessionLimits.SHORT_TEXT) {
            return false;
        }
        if (!clean.isEmpty() && !clean.equals(insight.getText())) {
            commands.execute(InsightCommands.edit(insight, clean, messages.get("insights.cmd.edit")));
        }
        return true;
    }

    public void remove(InsightKind kind, int index) {
        if (index >= 0 && index < list(kind).size()) {
            commands.execute(InsightCommands.remove(context.session(), kind, index, messages.get("insights.cmd.remove")));
        }
    }

    /** Alt+Up/Down: one place up or down in its list; returns the new index. */
    public int shift(InsightKind kind, int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= list(kind).size() || target < 0 || target >= list(kind).size()) {
            return index;
        }
        commands.execute(InsightCommands.move(insights, kind, index, kind, target, messages.get("insights.cmd.reorder")));
        return target;
    }

    /**
     * Drag and drop, or Alt+Left/Right: puts the point before position {@code beforeIndex} of the target
     * list as it is now (its size to append). Returns the point's new index in the target list.
     */
    public int move(InsightKind from, int index, InsightKind to, int beforeIndex) {
        if (index < 0 || index >= list(from).size()) {
            return index;
        }
        int target = Math.max(0, Math.min(beforeIndex, list(to).size()));
        if (from == to && target > index) {
            target--;
        }
        if (from == to && target == index) {
            return index;
        }
        String name = from == to ? messages.get("insights.cmd.reorder")
                : messages.format("insights.cmd.moveTo", title(to));
        commands.execute(InsightCommands.move(insights, from, index, to, target, name));
        return target;
    }

    public ObjectProperty<InsightKind> currentProperty() {
        return current;
    }

    public Messages messages() {
        return messages;
    }
}
