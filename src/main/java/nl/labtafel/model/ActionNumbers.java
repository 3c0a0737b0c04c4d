package nl.labtafel.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The one rule for an action's number ("actie 3"), shared by the app's action table, the minutes, the Word
 * action list and the Excel export, so a number said at the next meeting points at the same action everywhere.
 * <p>
 * Actions are numbered 1, 2, 3 … in the session's order of actions; an action without text has no number and
 * does not count (it is an empty row being typed, not yet an agreement). Sorting a list by due date or owner
 * keeps each action's number.
 */
public final class ActionNumbers {
    private final Map<String, Integer> byId;
    private final Map<ActionItem, Integer> byItem;

    private ActionNumbers(Map<String, Integer> byId, Map<ActionItem, Integer> byItem) {
        this.byId = byId;
        this.byItem = byItem;
    }

    /** The numbers of the session's actions as they are now. */
    public static ActionNumbers of(Session session) {
        return of(session.getActions());
    }

    public static ActionNumbers of(List<ActionItem> actions) {
        Map<String, Integer> byId = new HashMap<>();
        Map<ActionItem, Integer> byItem = new java.util.IdentityHashMap<>();
        int next = 0;
        for (ActionItem action : actions) {
            if (action != null && isNumbered(action)) {
                next++;
                byItem.put(action, next);
                if (action.getId() != null) {
                    byId.putIfAbsent(action.getId(), next);
                }
            }
        }
        return new ActionNumbers(byId, byItem);
    }

    /** Whether an action counts: it has some visible text in "what". */
    public static boolean isNumbered(ActionItem action) {
        String what = action.getWhat();
        if (what == null) {
            return false;
        }
        for (int i = 0; i < what.length(); i++) {
            char c = what.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    /** The number of this action (by identity, else by id), or empty when it has none. */
    public OptionalInt number(ActionItem action) {
        Integer n = byItem.get(action);
        if (n == null && action != null && action.getId() != null) {
            n = byId.get(action.getId());
        }
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** The number of the action with this id, or empty. */
    public OptionalInt number(String actionId) {
        Integer n = byId.get(actionId);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** How many actions carry a number. */
    public int count() {
        return byItem.size();
    }
}
