package nl.labtafel.ui.start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionLimits;
import nl.labtafel.model.SessionTemplate;
import nl.labtafel.model.SessionValidator;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.edit.Dates;
import nl.labtafel.ui.edit.Parsing;
import nl.labtafel.ui.look.Styles;

/** "Nieuwe sessie": a LAB format from {@code templates/} and the header lines, all editable later. */
final class NewSessionForm extends VBox {
    private final Messages m;
    private final Language language;
    private final ComboBox<Map.Entry<Path, SessionTemplate>> template = new ComboBox<>();
    private final TextField title = field("new-title");
    private final TextField subject = field("new-subject");
    private final DatePicker date = new DatePicker();
    private final TextField start = field("new-start");
    private final TextField end = field("new-end");
    private final TextField place = field("new-place");
    private final TextField participants = field("new-participants");
    private final FlowPane groups = new FlowPane();
    private final Label problem = new Label();

    NewSessionForm(Messages m, Consumer<Session> onCreate) {
        this.m = m;
        this.language = m.language();
        getStyleClass().addAll(Styles.START_COLUMN);
        template.setId("new-template");
        template.setMaxWidth(Double.MAX_VALUE);
        template.setCellFactory(list -> new TemplateCell());
        template.setButtonCell(new TemplateCell());
        template.valueProperty().addListener((obs, old, chosen) -> templateChosen(chosen));
        date.setId("new-date");
        date.setConverter(Dates.converter(m));
        // Set after the converter, so the date shows in the app's format from the start (not only after Tab).
        date.setValue(LocalDate.now());
        groups.getStyleClass().add(Styles.GROUPS);
        problem.getStyleClass().add(Styles.ERROR_PANEL);
        problem.setId("new-problem");
        problem.setVisible(false);
        problem.setManaged(false);
        problem.setWrapText(true);

        // Two label/field pairs per row where the fields are short, so the groups fit on a 1280×720 wall.
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.GRID);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow, new ColumnConstraints(), grow);
        wide(grid, 0, "new.templateLabel", template);
        wide(grid, 1, "header.title", title);
        wide(grid, 2, "header.subject", subject);
        pair(grid, 3, "header.date", date, null, null);
        pair(grid, 4, "header.start", start, "header.end", end);
        wide(grid, 5, "header.place", place);
        pair(grid, 6, "header.participants", participants, null, null);
        Button create = new Button(m.get("new.create"));
        create.setId("new-create");
        create.setDefaultButton(true);
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> {
            Session session = build();
            if (session != null) {
                onCreate.accept(session);
            }
        });
        Label heading = new Label(m.get("start.new"));
        heading.getStyleClass().add(Styles.SUBHEADING);
        Label groupsLabel = new Label(m.get("header.groups") + " \u2013 " + m.get("start.groups.hint"));
        groupsLabel.getStyleClass().add(Styles.FIELD_LABEL);
        // Only the fields scroll: the create button stays in view on a 1280×720 projector.
        ScrollPane fields = new ScrollPane(new VBox(grid, groupsLabel, groups));
        fields.setFitToWidth(true);
        fields.getStyleClass().add(Styles.EDGE_TO_EDGE);
        VBox.setVgrow(fields, Priority.ALWAYS);
        getChildren().addAll(heading, fields, problem, create);
    }

    /** Offers the templates; {@code preferred} (the LAB evening format) is chosen when present. */
    void setTemplates(List<Map.Entry<Path, SessionTemplate>> templates, Path preferred) {
        template.getItems().setAll(templates);
        templates.stream().filter(e -> e.getKey().equals(preferred)).findFirst()
                .or(() -> templates.stream().findFirst())
                .ifPresent(template::setValue);
    }

    private void templateChosen(Map.Entry<Path, SessionTemplate> chosen) {
        groups.getChildren().clear();
        if (chosen == null) {
            return;
        }
        SessionTemplate t = chosen.getValue();
        start.setText(t.getStartTime() == null ? "" : Parsing.time(t.getStartTime()));
        end.setText(t.getEndTime() == null ? "" : Parsing.time(t.getEndTime()));
        for (ActorGroup g : t.getActorGroups()) {
            CheckBox box = new CheckBox(g.getName().get(language));
            box.setId("new-group-" + g.getId());
            box.setUserData(g.getId());
            // All groups are at the table unless unticked: what is shown is what the session gets.
            box.setSelected(true);
            groups.getChildren().add(box);
        }
    }

    /** The new session, or null (with the reason shown) when a field cannot be read. */
    Session build() {
        Map.Entry<Path, SessionTemplate> chosen = template.getValue();
        List<String> wrong = new ArrayList<>();
        if (chosen == null) {
            wrong.add(m.get("new.noTemplate"));
        }
        if (title.getText().isBlank()) {
            wrong.add(m.format("new.missing", m.get("header.title")));
        }
        var startTime = start.getText().isBlank() ? null : Parsing.time(start.getText());
        var endTime = end.getText().isBlank() ? null : Parsing.time(end.getText());
        if (startTime == null && !start.getText().isBlank()) {
            wrong.add(m.format("new.badTime", m.get("header.start"), start.getText()));
        }
        if (endTime == null && !end.getText().isBlank()) {
            wrong.add(m.format("new.badTime", m.get("header.end"), end.getText()));
        }
        Integer count = participants.getText().isBlank() ? null
                : Parsing.count(participants.getText(), SessionLimits.PARTICIPANTS);
        if (count == null && !participants.getText().isBlank()) {
            wrong.add(m.format("new.badCount", participants.getText()));
        }
        if (!wrong.isEmpty()) {
            showProblem(wrong);
            return null;
        }
        problem.setVisible(false);
        problem.setManaged(false);
        Session session = chosen.getValue().newSession(title.getText().strip(), date.getValue());
        session.setLanguage(language.code());
        var header = session.getHeader();
        header.setSubject(subject.getText().strip());
        header.setStartTime(startTime);
        header.setEndTime(endTime);
        header.setPlace(place.getText().strip());
        header.setParticipantCount(count);
        groups.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected)
                .forEach(b -> header.getStakeholderGroups().add((String) b.getUserData()));
        // Never open a session that could be saved but not loaded again (e.g. end before start).
        List<String> invalid = SessionValidator.validate(session).stream().map(p -> p.render(m)).toList();
        if (!invalid.isEmpty()) {
            showProblem(invalid);
            return null;
        }
        return session;
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

    private void showProblem(List<String> lines) {
        problem.setText(String.join("\n", lines));
        problem.setVisible(true);
        problem.setManaged(true);
    }

    void focusTitle() {
        title.requestFocus();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private final class TemplateCell extends ListCell<Map.Entry<Path, SessionTemplate>> {
        @Override
        protected void updateItem(Map.Entry<Path, SessionTemplate> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.getValue().getName().get(language));
        }
    }
}
