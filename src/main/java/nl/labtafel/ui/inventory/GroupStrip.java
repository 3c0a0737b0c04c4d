package nl.labtafel.ui.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.text.Language;
import nl.labtafel.ui.common.ActorGroupStyles;
import nl.labtafel.ui.look.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The actor groups beside the capture bar: key, icon, name and number of notes of each. The lit one
 * gets the next note; Alt+key or a click picks another. It is also where the room sees the counts.
 */
final class GroupStrip extends FlowPane {
    private final BoardViewModel model;
    private final ToggleGroup toggles = new ToggleGroup();
    private final List<ToggleButton> chips = new ArrayList<>();
    private final List<Label> counts = new ArrayList<>();
    private String signature = "";

    GroupStrip(BoardViewModel model) {
        this.model = model;
        getStyleClass().add(BoardStyle.GROUP_STRIP);
        model.captureGroupProperty().addListener(o -> showPicked());
        model.countsProperty().addListener(o -> showCounts());
        rebuild();
    }

    /** Makes the chips again if the session's groups changed since they were made. */
    void rebuild() {
        List<ActorGroup> groups = model.session().getActorGroups();
        Language language = model.messages().language();
        StringBuilder now = new StringBuilder();
        groups.forEach(g -> now.append(g.getId()).append(g.getKey()).append(g.getName()).append(g.getIcon()).append('|'));
        if (!now.toString().equals(signature)) {
            signature = now.toString();
            getChildren().clear();
            chips.clear();
            counts.clear();
            for (int i = 0; i < groups.size(); i++) {
                ActorGroup group = groups.get(i);
                Label key = new Label(group.getKey().toUpperCase());
                key.getStyleClass().add(BoardStyle.CHIP_KEY);
                Label count = new Label();
                count.getStyleClass().add(BoardStyle.CHIP_COUNT);
                FontIcon icon = new FontIcon();
                try {
                    icon.setIconLiteral(group.getIcon());
                } catch (RuntimeException unknown) {
                    icon.setIconLiteral("mdi2a-account-group");
                }
                icon.getStyleClass().addAll(BoardStyle.NOTE_ICON, Styles.ICON);
                Label name = new Label(group.getName().get(language), icon);
                HBox box = new HBox(key, name, count);
                box.getStyleClass().add(BoardStyle.CHIP_BOX);
                ToggleButton chip = new ToggleButton(null, box);
                chip.getStyleClass().addAll(BoardStyle.GROUP_CHIP, ActorGroupStyles.styleClass(i));
                chip.setToggleGroup(toggles);
                chip.setFocusTraversable(false);
                chip.setUserData(group);
                chip.setOnAction(e -> {
                    model.captureGroupProperty().set(group);
                    chip.setSelected(true);
                });
                chips.add(chip);
                counts.add(count);
                getChildren().add(chip);
            }
        }
        showPicked();
        showCounts();
    }

    private void showPicked() {
        ActorGroup picked = model.captureGroupProperty().get();
        chips.forEach(c -> c.setSelected(picked != null && c.getUserData() == picked));
    }

    private void showCounts() {
        Map<String, Integer> byGroup = model.countsProperty().get();
        for (int i = 0; i < chips.size(); i++) {
            ActorGroup group = (ActorGroup) chips.get(i).getUserData();
            counts.get(i).setText(String.valueOf(byGroup.getOrDefault(group.getId(), 0)));
        }
    }
}
