package nl.labtafel.ui.start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionTemplate;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.edit.Converters;
import nl.labtafel.ui.edit.Dates;
import nl.labtafel.ui.look.Styles;

/** "Nieuwe sessie": lays out and binds {@link NewSessionViewModel}, which reads the fields and makes the session. */
final class NewSessionForm extends VBox {
    private final Messages m;
    private final NewSessionViewModel model;
    /*
     * A ChoiceBox, not a ComboBox: a ComboBox's skin builds its pop-up list (a ListView with its VirtualFlow, scroll
     * bars, cells and their 100-odd classes and lambdas) before the first frame (issue 18); a ChoiceBox makes its menu
     * when it opens. The same goes for the start screen's language and look. Its skin measures the items' texts, not
     * the menu, so the menu is not styled before the first frame either.
     */
    private final ChoiceBox<Map.Entry<Path, SessionTemplate>> template = MeasuredChoiceBoxSkin.choiceBox();
    private final TextField title = field("new-title");
    private final FlowPane groups = new FlowPane();

    NewSessionForm(Messages m, Consumer<Session> onCreate) {
        this.m = m;
        this.model = new NewSessionViewModel(m, LocalDate.now());
        getStyleClass().addAll(Styles.START_COLUMN);
        template.setId("new-template");
        template.setMaxWidth(Double.MAX_VALUE);
        template.setItems(model.templates());
        template.setConverter(Converters.displayOnly(t -> model.name(t.getValue())));
        template.valueProperty().bindBidirectional(model.templateProperty());
        DatePicker date = new DatePicker();
        date.setId("new-date");
        date.setConverter(Dates.converter(m));
        date.valueProperty().bindBidirectional(model.dateProperty());
        title.textProperty().bindBidirectional(model.titleProperty());
        groups.getStyleClass().add(Styles.GROUPS);
        model.groups().addListener((ListChangeListener<NewSessionViewModel.GroupChoice>) change -> showGroups());
        showGroups();
        Label problem = new Label();
        problem.getStyleClass().add(Styles.ERROR_PANEL);
        problem.setId("new-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);

        // Two label/field pairs per row where the fields are short, so the groups fit on a 1280×720 wall.
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.GRID);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow, new ColumnConstraints(), grow);
        wide(grid, 0, "new.templateLabel", template);
        wide(grid, 1, "header.title", title);
        wide(grid, 2, "header.subject", bound("new-subject", model.subjectProperty()));
        pair(grid, 3, "header.date", date, null, null);
        pair(grid, 4, "header.start", bound("new-start", model.startProperty()),
                "header.end", bound("new-end", model.endProperty()));
        wide(grid, 5, "header.place", bound("new-place", model.placeProperty()));
        pair(grid, 6, "header.participants", bound("new-participants", model.participantsProperty()), null, null);
        Button create = new Button(m.get("new.create"));
        create.setId("new-create");
        create.setDefaultButton(true);
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> model.build().ifPresent(onCreate));
        Label heading = new Label(m.get("start.new"));
        heading.getStyleClass().add(Styles.SUBHEADING);
        // Every group starts ticked (issue 13): what the form shows is what the session gets.
        Label groupsLabel = new Label(m.get("header.groups") + " \u2013 " + m.get("start.groups.hint"));
        groupsLabel.getStyleClass().add(Styles.FIELD_LABEL);
        // Only the fields scroll, and only when they do not fit: the create button stays in view on a 1280×720 projector.
        LazyScroll fields = new LazyScroll(new VBox(grid, groupsLabel, groups),
                pane -> pane.getStyleClass().add(Styles.EDGE_TO_EDGE));
        VBox.setVgrow(fields, Priority.ALWAYS);
        getChildren().addAll(heading, fields, problem, create);
    }

    /** Offers the templates; {@code preferred} (the LAB evening format) is chosen when present. */
    void setTemplates(List<Map.Entry<Path, SessionTemplate>> templates, Path preferred) {
        model.setTemplates(templates, preferred);
    }

    private void showGroups() {
        groups.getChildren().clear();
        for (NewSessionViewModel.GroupChoice g : model.groups()) {
            CheckBox box = new CheckBox(g.name());
            box.setId("new-group-" + g.id());
            box.selectedProperty().bindBidirectional(g.chosen());
            groups.getChildren().add(box);
        }
    }

    private Label label(String key, Node field) {
        Label label = new Label(m.get(key));
        label.getStyleClass().add(Styles.FIELD_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }

    private void wide(GridPane grid, int row, String key, Region field) {
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(label(key, field), 0, row);
        grid.add(field, 1, row, 3, 1);
    }

    private void pair(GridPane grid, int row, String key1, Region field1, String key2, Region field2) {
        field1.setMaxWidth(Double.MAX_VALUE);
        grid.add(label(key1, field1), 0, row);
        grid.add(field1, 1, row, field2 == null && field1 instanceof DatePicker ? 2 : 1, 1);
        if (field2 != null) {
            field2.setMaxWidth(Double.MAX_VALUE);
            grid.add(label(key2, field2), 2, row);
            grid.add(field2, 3, row);
        }
    }

    void focusTitle() {
        title.requestFocus();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextField bound(String id, StringProperty value) {
        TextField f = field(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
