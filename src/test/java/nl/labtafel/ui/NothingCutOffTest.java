package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.labtafel.ui.common.WholeWords;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Every phase of the example evening at a laptop's 1280x720: no label, button or heading ends cut off ("Herk..."). */
class NothingCutOffTest extends CutOffScan {
    @Override
    @Start
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Override
    boolean english() {
        return false;
    }

    /** At 120 % text beside the room panel the phase title wraps between words (it broke "(over)morge|n"). */
    @Test
    void thePhaseTitleBreaksBetweenWordsBesideTheRoomPanel(FxRobot robot) {
        opened(robot, 2);
        robot.clickOn("#phase-inventory");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> robot.lookup("#room-panel").tryQuery().isPresent());
        settle();
        Labeled title = robot.lookup("#phase-title").queryAs(Labeled.class);
        double widest = WholeWords.widestWord(title.getText(), title.getFont());
        waitUntil(() -> title.getWidth() - title.snappedLeftInset() - title.snappedRightInset() >= widest - 0.5);
    }
}
