package nl.labtafel.ui.room;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.room.RoomLimits;
import nl.labtafel.text.Messages;

/** The room's settings, folded away under the inbox: dots live on the room's screen, and the three limits. */
final class RoomSettingsView {
    private RoomSettingsView() {
    }

    static TitledPane of(RoomSettings settings, Messages m) {
        CheckBox live = new CheckBox(m.get("room.settings.dotsLive"));
        live.setId("room-dots-live");
        live.setWrapText(true);
        live.setMaxWidth(Double.MAX_VALUE);
        live.setMinHeight(Region.USE_PREF_SIZE);
        live.selectedProperty().bindBidirectional(settings.dotsLiveProperty());
        GridPane limits = new GridPane();
        limits.getStyleClass().add(RoomStyle.LIMITS);
        row(limits, 0, "room-max-chars", m.get("room.settings.maxChars"), settings.maxCharsProperty(),
                RoomLimits.MIN_CHARS, RoomLimits.MAX_CHARS, 20);
        row(limits, 1, "room-max-devices", m.get("room.settings.maxDevices"), settings.maxDevicesProperty(),
                1, RoomLimits.MAX_DEVICES, 10);
        row(limits, 2, "room-per-minute", m.get("room.settings.perMinute"), settings.perMinuteProperty(),
                1, RoomLimits.MAX_PER_MINUTE, 5);
        Label note = new Label(m.get("room.settings.note"));
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(RoomStyle.META);
        VBox box = new VBox(live, limits, note);
        box.getStyleClass().add(RoomStyle.SECTION);
        TitledPane pane = new TitledPane(m.get("room.settings"), box);
        pane.setId("room-settings");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private static void row(GridPane grid, int row, String id, String text, IntegerProperty value, int min, int max,
                            int step) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        spinner.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, value.get())), step);
        spinner.setValueFactory(factory);
        factory.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                value.set(n);
            }
        });
        spinner.getStyleClass().add(RoomStyle.LIMIT);
        Label label = new Label(text);
        label.setLabelFor(spinner);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(label, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(spinner, 1, row);
    }
}
