package nl.labtafel.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/**
 * The same scans with the interface in English, whose words run longer. At 120 % the follow-up's last column heading
 * read "Progress / ..." ("Progress / remarks" needed three lines in its column); it is "Progress / notes" now.
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
}
