package nl.labtafel.ui.shortcuts;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.look.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/** Makes the menu bar, the toolbar and the window-wide key bindings from an {@link ShortcutTable}. */
public final class ShortcutMenus {
    private final Messages messages;

    public ShortcutMenus(Messages messages) {
        this.messages = messages;
    }

    public MenuBar menuBar(ShortcutTable table) {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        Map<String, ToggleGroup> groups = new java.util.HashMap<>();
        for (Map.Entry<String, List<ShortcutTable.Row>> menu : table.byMenu().entrySet()) {
            Menu m = new Menu(messages.get(menu.getKey()));
            String lastGroup = null;
            for (ShortcutTable.Row row : menu.getValue()) {
                if (row.spec().hasHandler()) {
                    ShortcutTable.Radio radio = table.radio(row);
                    String group = radio == null ? null : radio.group();
                    if (!java.util.Objects.equals(group, lastGroup) && !m.getItems().isEmpty()) {
                        m.getItems().add(new SeparatorMenuItem());
                    }
                    lastGroup = group;
                    MenuItem item = radio == null ? item(row, new MenuItem()) : choice(row, radio, groups);
                    m.getItems().add(item);
                }
            }
            if (!m.getItems().isEmpty()) {
                bar.getMenus().add(m);
            }
        }
        return bar;
    }

    /** One of a group of choices (look, language): a radio item, the active one ticked. */
    private MenuItem choice(ShortcutTable.Row row, ShortcutTable.Radio radio, Map<String, ToggleGroup> groups) {
        RadioMenuItem item = new RadioMenuItem();
        item.setToggleGroup(groups.computeIfAbsent(radio.group(), g -> new ToggleGroup()));
        item.setSelected(radio.selected());
        return item(row, item);
    }

    private MenuItem item(ShortcutTable.Row row, MenuItem item) {
        ShortcutSpec spec = row.spec();
        item.setText(messages.get(spec.textKey()));
        item.setId("menu-" + spec.id());
        item.setMnemonicParsing(false);
        if (row.liveText() != null) {
            item.textProperty().bind(row.liveText());
        }
        // Shown in the menu; the key itself is handled by the window-wide filter (see bindKeys).
        item.setAccelerator(spec.shortcut());
        if (row.disabled() != null) {
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> row.disabled().get(), row.disabled()));
        }
        item.setOnAction(e -> spec.handler().run());
        return item;
    }

    public ToolBar toolBar(ShortcutTable table) {
        ToolBar bar = new ToolBar();
        bar.setId("tool-bar");
        String lastMenu = null;
        for (ShortcutTable.Row row : table.rows()) {
            if (!row.toolbar() || !row.spec().hasHandler()) {
                continue;
            }
            if (lastMenu != null && !lastMenu.equals(row.menuKey())) {
                bar.getItems().add(new Separator(Orientation.VERTICAL));
            }
            lastMenu = row.menuKey();
            bar.getItems().add(button(row));
        }
        return bar;
    }

    private Node button(ShortcutTable.Row row) {
        ShortcutSpec spec = row.spec();
        Button button = new Button();
        button.setId("tool-" + spec.id());
        button.setFocusTraversable(false);
        if (spec.icon() != null) {
            FontIcon icon = new FontIcon(spec.icon());
            icon.getStyleClass().add(Styles.ICON);
            button.setGraphic(icon);
        }
        String text = messages.get(spec.textKey());
        Tooltip tip = new Tooltip();
        if (row.liveText() != null) {
            tip.textProperty().bind(row.liveText());
        } else {
            tip.setText(spec.shortcut() == null ? text : text + " (" + spec.shortcut().getDisplayText() + ")");
        }
        button.setTooltip(tip);
        button.setAccessibleText(text);
        if (row.disabled() != null) {
            button.disableProperty().bind(Bindings.createBooleanBinding(() -> row.disabled().get(), row.disabled()));
        }
        button.setOnAction(e -> spec.handler().run());
        return button;
    }

    /**
     * One capturing filter for all window-wide shortcuts, so a focused text field cannot swallow Ctrl+Z
     * or Ctrl+S; {@code tables} is asked on every key press because the workspace's rows change.
     */
    public static void bindKeys(Scene scene, Supplier<ShortcutTable> tables) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            ShortcutTable.Row row = tables.get().match(event);
            if (row != null) {
                event.consume();
                row.spec().handler().run();
            }
        });
    }
}
