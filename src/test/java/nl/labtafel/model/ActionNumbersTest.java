package nl.labtafel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ActionNumbersTest {
    @Test
    void numbersFollowTheAgreedOrderAndSkipEmptyRows() {
        Session s = new Session();
        s.getActions().add(new ActionItem("a", "Datumprikker sturen", "Gemeente"));
        s.getActions().add(new ActionItem("b", " \t", "Gemeente"));
        s.getActions().add(new ActionItem("c", "\u0085", "Gemeente"));
        s.getActions().add(new ActionItem("d", "Vervolgsessie", "Deelnemers"));
        ActionNumbers numbers = ActionNumbers.of(s);
        assertEquals(OptionalInt.of(1), numbers.number(s.getActions().get(0)));
        assertTrue(numbers.number(s.getActions().get(1)).isEmpty());
        assertTrue(numbers.number(s.getActions().get(2)).isEmpty(), "a control character alone is no text");
        assertEquals(OptionalInt.of(2), numbers.number("d"));
        assertEquals(2, numbers.count());
    }

    @Test
    void aCopyOfTheSessionGivesTheSameNumbersById() {
        Session s = new Session();
        s.getActions().add(new ActionItem("a", "Een", ""));
        s.getActions().add(new ActionItem("b", "Twee", ""));
        Session copy = s.copy();
        assertEquals(OptionalInt.of(2), ActionNumbers.of(s).number(copy.getActions().get(1)));
    }
}
