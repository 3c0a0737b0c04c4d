package nl.labtafel.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/**
 * The same scan with the interface in English, whose words run longer. At 100 % text only: at 120 % the follow-up's
 * last column heading reads "Progress / ..." (it needs three lines there), in a table that already scrolls sideways.
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
