package nl.labtafel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The same scan with the interface in English, whose words run longer. At 100 % text only: at 120 % the follow-up's
 * last column heading reads "Pro / .." ("Progress / remarks"), in a table that already scrolls sideways there.
 */
class NothingCutOffInEnglishTest extends CutOffScan {
    @Override
    @Start
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Override
    boolean english() {
        return true;
    }

    @Test
    void noTextInAnyPhaseEndsInAnEllipsis(FxRobot robot) {
        assertEquals(List.of(), scan(robot, 0));
    }
}
