package nl.labtafel.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The one numbering of a session's actions, so "actie 3" is the same action in the Word action list, the
 * minutes, the Excel sheet and on screen. The rule: the actions that say something (a non-blank "what"),
 * in the order of the session's action list, numbered from 1. An empty row the facilitator has not filled
 * in yet gets no number and shifts nothing after it.
 */
public final class ActionNumbers {
    private final List<ActionItem> numbered;
    private final Map<String, Integer> byId;

    private ActionNumbers(List<ActionItem> numbered) {
        this.numbered = Collections.unmodifiableList(numbered);
        this.byId = new HashMap<>();
        for (int i = 0; i < numbered.size(); i++) {
            if (numbered.get(i).getId() != null) {
                byId.putIfAbsent(numbered.get(i).getId(), i + 1);
            }
        }
    }

    public static ActionNumbers of(Session session) {
        return of(session.getActions());
    }

    public static ActionNumbers of(List<ActionItem> actions) {
        List<ActionItem> numbered = new ArrayList<>();
        for (ActionItem action : actions) {
            if (counts(action)) {
                numbered.add(action);
            }
        }
        return new ActionNumbers(numbered);
    }

    /** Whether an action gets a number: it says what is to be done. */
    public static boolean counts(ActionItem action) {
        String what = action.getWhat();
        if (what == null) {
            return false;
        }
        for (int i = 0; i < what.length(); i++) {
            char c = what.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** The numbered actions in order: element 0 is action 1. */
    public List<ActionItem> actions() {
        return numbered;
    }

    /** The number of the action with this id, or empty when it has none (blank, or not in the session). */
    public OptionalInt number(String actionId) {
        Integer n = actionId == null ? null : byId.get(actionId);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** The number of this action by position in the list it was numbered from (identity, not id). */
    public OptionalInt number(ActionItem action) {
        for (int i = 0; i < numbered.size(); i++) {
            if (numbered.get(i) == action) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    public int size() {
        return numbered.size();
    }
}
