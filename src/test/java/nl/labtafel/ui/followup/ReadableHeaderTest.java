package nl.labtafel.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The action table's headings at the console's widths at 1280×720 (746 px) and 1024×768 (620 px): every word of every
 * heading whole ("Wanneer", not "Wa…"), every shown column in view; only the origin column may fold (the origin panel
 * beside the table shows it).
 */
@ExtendWith(ApplicationExtension.class)
class ReadableHeaderTest {
    private static final List<String> HEADINGS = List.of("Nr.", "Wat", "Wie", "Wanneer", "Status",
            "Voortgang / opmerkingen", "Herkomst");

    @Test
    void everyHeadingWordIsWholeAndEveryColumnInViewAtConsoleWidths() throws Exception {
        for (double width : new double[] {746, 620}) {
            List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
                TableView<String> table = new TableView<>();
                table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
                double[] prefs = {84, 420, 220, 170, 160, 240, 220};
                for (int i = 0; i < HEADINGS.size(); i++) {
                    TableColumn<String, String> c = new TableColumn<>();
                    c.setPrefWidth(prefs[i]);
                    table.getColumns().add(c);
                    ReadableHeader.apply(c, HEADINGS.get(i));
                }
                ReadableHeader.foldWhenNarrow(table, table.getColumns().get(HEADINGS.size() - 1), 0);
                StackPane root = new StackPane(table);
                root.setStyle("-fx-font-size: 18px; -color-bg-default: white;");
                Scene scene = new Scene(root, width, 300);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                scene.getStylesheets().add(getClass().getResource("/nl/labtafel/ui/followup/followup.css").toExternalForm());
                root.getStyleClass().add(FollowUpStyle.WORKSPACE);
                for (int i = 0; i < 3; i++) {
                    root.applyCss();
                    root.layout();
                }
                List<String> out = new java.util.ArrayList<>();
                double total = 0;
                for (TableColumn<String, ?> c : table.getVisibleLeafColumns()) {
                    Label heading = (Label) c.getGraphic();
                    total += c.getWidth();
                    for (String word : heading.getText().split("\\s+")) {
                        Text probe = new Text(word);
                        probe.setFont(heading.getFont());
                        double need = probe.getLayoutBounds().getWidth();
                        if (need > heading.getWidth() + 0.5) {
                            out.add(width + ": '" + word + "' needs " + need + " px, heading " + heading.getWidth());
                        }
                    }
                    for (Node n : heading.lookupAll(".text")) {
                        if (((Text) n).getText().contains("\u2026")) {
                            out.add(width + ": cut " + ((Text) n).getText());
                        }
                    }
                }
                stage.close();
                if (table.getVisibleLeafColumns().size() < HEADINGS.size() - 1) {
                    out.add(width + ": more than the origin column folded");
                }
                if (total > width + 1) {
                    out.add(width + ": columns " + total + " px wide in a table of " + width + ", minimums "
                            + table.getColumns().stream().map(c -> String.valueOf(c.getMinWidth())).toList());
                }
                return out;
            }).get();
            assertEquals(List.of(), problems);
        }
    }
}
