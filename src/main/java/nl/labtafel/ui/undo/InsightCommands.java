package nl.labtafel.ui.undo;

import java.util.List;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Insights;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/** The edits of the insight lists, each one undo step with its name from the bundle. */
public final class InsightCommands {

    private InsightCommands() {
    }

    /** Adds points at the end of a list. */
    public static UndoableCommand add(Insights insights, InsightKind kind, List<Insight> added, String name) {
        List<Insight> copy = List.copyOf(added);
        return new Named(name) {
            @Override
            public void apply() {
                insights.list(kind).addAll(copy);
            }

            @Override
            public void revert() {
                List<Insight> list = insights.list(kind);
                list.subList(list.size() - copy.size(), list.size()).clear();
            }

            @Override
            public Location location() {
                return new Location(PhaseKind.INSIGHTS, copy.isEmpty() ? null : copy.get(0).getId());
            }
        };
    }

    public static UndoableCommand edit(Insight insight, String text, String name) {
        String before = insight.getText();
        return new Named(name) {
            @Override
            public void apply() {
                insight.setText(text);
            }

            @Override
            public void revert() {
                insight.setText(before);
            }

            @Override
            public Location location() {
                return new Location(PhaseKind.INSIGHTS, insight.getId());
            }
        };
    }

    /**
     * Removes a point; a theme it joined forgets it (undo puts it back in that theme, at its place). The theme
     * is looked up by id when the command runs: snapshot commands replace theme objects.
     */
    public static UndoableCommand remove(Session session, InsightKind kind, int index, String name) {
        Insights insights = session.getInsights();
        Insight removed = insights.list(kind).get(index);
        return new Named(name) {
            private String themeId;
            private int place;

            @Override
            public void apply() {
                insights.list(kind).remove(index);
                themeId = null;
                for (Theme theme : session.getThemes()) {
                    place = theme.getInsightIds().indexOf(removed.getId());
                    if (place >= 0) {
                        themeId = theme.getId();
                        theme.getInsightIds().remove(place);
                        return;
                    }
                }
            }

            @Override
            public void revert() {
                insights.list(kind).add(index, removed);
                if (themeId != null) {
                    session.theme(themeId).ifPresent(t -> t.getInsightIds().add(place, removed.getId()));
                }
            }

            @Override
            public Location location() {
                return new Location(PhaseKind.INSIGHTS, removed.getId());
            }
        };
    }

    /**
     * Moves a point to a place in the same or another list; {@code toIndex} counts in the target list
     * after the point has been taken out.
     */
    public static UndoableCommand move(Insights insights, InsightKind from, int fromIndex, InsightKind to, int toIndex,
            String name) {
        String movedId = insights.list(from).get(fromIndex).getId();
        return new Named(name) {
            @Override
            public Location location() {
                return new Location(PhaseKind.INSIGHTS, movedId);
            }

            @Override
            public void apply() {
                Insight moved = insights.list(from).remove(fromIndex);
                insights.list(to).add(toIndex, moved);
            }

            @Override
            public void revert() {
                Insight moved = insights.list(to).remove(toIndex);
                insights.list(from).add(fromIndex, moved);
            }
        };
    }

    private abstract static class Named implements UndoableCommand {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }
    }
}
