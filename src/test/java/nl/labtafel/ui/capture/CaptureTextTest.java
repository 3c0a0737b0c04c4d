package nl.labtafel.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import nl.labtafel.model.SessionLimits;
import org.junit.jupiter.api.Test;

class CaptureTextTest {

    @Test
    void blankIsIgnored() {
        assertInstanceOf(CaptureText.Empty.class, CaptureText.of("  \n\t "));
        assertInstanceOf(CaptureText.Empty.class, CaptureText.of(null));
    }

    @Test
    void oneLineIsTrimmed() {
        assertEquals(new CaptureText.Line("Taalcafé"), CaptureText.of("  Taalcafé "));
    }

    @Test
    void pastedLinesBecomeOneItemEachWithoutBlankLines() {
        assertEquals(new CaptureText.Lines(List.of("Taalcafé", "Fietsles", "Buddy")),
                CaptureText.of("Taalcafé\r\n\n  Fietsles\nBuddy\n"));
    }

    @Test
    void overLongTextIsRefusedWithItsLength() {
        CaptureText text = CaptureText.of("x".repeat(SessionLimits.SHORT_TEXT + 1));
        assertEquals(new CaptureText.TooLong(SessionLimits.SHORT_TEXT + 1, SessionLimits.SHORT_TEXT), text);
    }
}
