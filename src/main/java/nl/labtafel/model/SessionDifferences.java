package nl.labtafel.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.labtafel.text.Messages;
import nl.labtafel.text.Quoted;

/**
 * What two versions of one session differ in, as lines a facilitator can read before choosing whose version
 * to keep: post-its, themes and actions only here or only there, and texts changed.
 */
public final class SessionDifferences {

    private SessionDifferences() {
    }

    public static List<String> describe(Session mine, Session theirs, Messages m) {
        List<String> lines = new ArrayList<>();
        compare(lines, m, "diff.note", mine.getNotes(), theirs.getNotes(), Note::getId, Note::getText);
        compare(lines, m, "diff.theme", mine.getThemes(), theirs.getThemes(), Theme::getId, Theme::getName);
        compare(lines, m, "diff.action", mine.getActions(), theirs.getActions(), ActionItem::getId, ActionItem::getWhat);
        if (!Objects.equals(mine.getHeader().getTitle(), theirs.getHeader().getTitle())) {
            lines.add(m.format("diff.title", Quoted.value(mine.getHeader().getTitle()),
                    Quoted.value(theirs.getHeader().getTitle())));
        }
        if (lines.isEmpty()) {
            lines.add(m.get("diff.none"));
        }
        return lines;
    }

    private static <T> void compare(List<String> lines, Messages m, String kind, List<T> mine, List<T> theirs,
                                    Function<T, String> id, Function<T, String> text) {
        Map<String, T> theirsById = new LinkedHashMap<>();
        theirs.forEach(t -> theirsById.put(id.apply(t), t));
        for (T item : mine) {
            T other = theirsById.remove(id.apply(item));
            if (other == null) {
                lines.add(m.format(kind + ".onlyMine", Quoted.value(text.apply(item))));
            } else if (!Objects.equals(text.apply(item), text.apply(other))) {
                lines.add(m.format(kind + ".changed", Quoted.value(text.apply(item)), Quoted.value(text.apply(other))));
            }
        }
        theirsById.values().forEach(t -> lines.add(m.format(kind + ".onlyTheirs", Quoted.value(text.apply(t)))));
    }
}
