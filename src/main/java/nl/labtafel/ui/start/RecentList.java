package nl.labtafel.ui.start;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.labtafel.ui.look.Styles;

/**
 * The recent sessions, newest first: one line each, chosen with the mouse or the arrow keys; a double click or
 * Enter opens the chosen one ({@code onOpen}). One stop for Tab, as a list.
 *
 * <p>Lines in a VBox rather than a ListView: the ListView's skin (its VirtualFlow, two scroll bars, cells and their
 * classes) was a tenth of the FX thread's work before the first frame (issue 18). A scroll pane goes round the
 * lines only once they do not fit ({@link LazyScroll}).
 */
final class RecentList extends StackPane {
    private final VBox lines = new VBox();
    private final Label placeholder;
    private final Function<StartLists.Recent, String> text;
    private final ReadOnlyObjectWrapper<StartLists.Recent> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private List<StartLists.Recent> items = List.of();
    /** The index of the chosen line, or -1. */
    private int chosen = -1;
    private Consumer<StartLists.Recent> onOpen = r -> { };
    private final LazyScroll scroll;

    RecentList(String emptyText, Function<StartLists.Recent, String> text) {
        this.text = text;
        placeholder = new Label(emptyText);
        placeholder.setWrapText(true);
        getStyleClass().add(Styles.RECENT_LIST);
        lines.setFillWidth(true);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        scroll = new LazyScroll(lines, pane -> {
            pane.setFocusTraversable(false);
            pane.getStyleClass().add(Styles.EDGE_TO_EDGE);
            // A click in a scroll pane gives it the keyboard; here the list keeps it (arrows, Enter, focus ring).
            pane.focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    requestFocus();
                }
            });
        });
        getChildren().setAll(placeholder);
    }

    /** Shows {@code recent}; the chosen file stays chosen when it is still among them. */
    void setItems(List<StartLists.Recent> recent) {
        StartLists.Recent before = selected.get();
        choose(-1);
        items = List.copyOf(recent);
        List<Line> made = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            made.add(new Line(i));
        }
        lines.getChildren().setAll(made);
        getChildren().setAll(items.isEmpty() ? placeholder : scroll);
        for (int i = 0; before != null && i < items.size(); i++) {
            if (items.get(i).file().equals(before.file())) {
                choose(i);
            }
        }
        notifyAccessibleAttributeChanged(AccessibleAttribute.ITEM_COUNT);
    }

    ReadOnlyObjectProperty<StartLists.Recent> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    void setOnOpen(Consumer<StartLists.Recent> onOpen) {
        this.onOpen = onOpen;
    }

    /** Marks line {@code index} (-1: none) as the chosen one. */
    private void choose(int index) {
        if (chosen >= 0) {
            lines.getChildren().get(chosen).pseudoClassStateChanged(Styles.SELECTED, false);
        }
        chosen = index;
        if (index >= 0) {
            lines.getChildren().get(index).pseudoClassStateChanged(Styles.SELECTED, true);
            showLine(index);
        }
        selected.set(index < 0 ? null : items.get(index));
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED_ITEMS);
    }

    private void keyPressed(KeyEvent e) {
        int to = switch (e.getCode()) {
            case DOWN -> chosen < 0 ? 0 : chosen + 1;
            case UP -> chosen < 0 ? 0 : chosen - 1;
            case HOME -> 0;
            case END -> items.size() - 1;
            default -> -2;
        };
        if (to != -2) {
            if (to >= 0 && to < items.size()) {
                choose(to);
            }
            e.consume();
        } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected.get() != null) {
            onOpen.accept(selected.get());
            e.consume();
        }
    }

    /** One line high at the least, as a list: the others scroll, and the column's buttons stay in view. */
    @Override
    protected double computeMinHeight(double width) {
        Node first = items.isEmpty() ? placeholder : lines.getChildren().get(0);
        return snappedTopInset() + first.prefHeight(-1) + snappedBottomInset();
    }

    /** Scrolls the line at {@code index} into view, when there is a scroll pane. */
    private void showLine(int index) {
        ScrollPane pane = scroll.scrollPane();
        if (pane == null) {
            return;
        }
        Bounds line = lines.getChildren().get(index).getBoundsInParent();
        double shown = pane.getViewportBounds().getHeight();
        double hidden = lines.getHeight() - shown;
        if (hidden <= 0) {
            return;
        }
        double top = pane.getVvalue() * hidden;
        if (line.getMinY() < top) {
            pane.setVvalue(line.getMinY() / hidden);
        } else if (line.getMaxY() > top + shown) {
            pane.setVvalue((line.getMaxY() - shown) / hidden);
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case ITEM_COUNT -> items.size();
            case ITEM_AT_INDEX -> {
                int i = (Integer) parameters[0];
                yield i >= 0 && i < items.size() ? lines.getChildren().get(i) : null;
            }
            case SELECTED_ITEMS -> chosen < 0 ? FXCollections.emptyObservableList()
                    : FXCollections.observableArrayList(lines.getChildren().get(chosen));
            case FOCUS_ITEM -> chosen < 0 ? null : lines.getChildren().get(chosen);
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    /** One file: a press chooses it, a double click opens it. */
    private final class Line extends Label {
        private final int index;

        Line(int index) {
            super(text.apply(items.get(index)));
            this.index = index;
            getStyleClass().add(Styles.RECENT_ITEM);
            // Long names wrap instead of widening the column.
            setWrapText(true);
            setMaxWidth(Double.MAX_VALUE);
            setAccessibleRole(AccessibleRole.LIST_ITEM);
            setOnMousePressed(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    choose(index);
                }
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    onOpen.accept(items.get(index));
                }
            });
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            return switch (attribute) {
                case INDEX -> index;
                case SELECTED -> index == chosen;
                default -> super.queryAccessibleAttribute(attribute, parameters);
            };
        }
    }
}
