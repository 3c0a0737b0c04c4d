package nl.labtafel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionNumbersTest {

    @Test
    void blankActionsGetNoNumberAndShiftNothing() {
        Session session = new Session();
        ActionItem first = new ActionItem("a-1", "Vervolgbijeenkomst plannen", "Gemeente");
        ActionItem blank = new ActionItem("a-2", "  \t", "");
        ActionItem third = new ActionItem("a-3", "Taalcafé uitbreiden", "Bibliotheek");
        session.getActions().addAll(List.of(first, blank, third));

        ActionNumbers numbers = ActionNumbers.of(session);

        assertEquals(2, numbers.size());
        assertEquals(1, numbers.number("a-1").getAsInt());
        assertTrue(numbers.number("a-2").isEmpty());
        assertEquals(2, numbers.number("a-3").getAsInt());
        assertEquals(2, numbers.number(third).getAsInt());
        assertEquals(List.of(first, third), numbers.actions());
    }
}
