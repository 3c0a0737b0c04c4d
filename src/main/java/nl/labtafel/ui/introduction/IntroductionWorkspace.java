package nl.labtafel.ui.introduction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.model.SessionLimits;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.edit.Dates;
import nl.labtafel.ui.edit.FieldBinding;
import nl.labtafel.ui.edit.Parsing;
import nl.labtafel.ui.look.Styles;
import nl.labtafel.ui.shortcuts.ShortcutSpec;
import nl.labtafel.ui.undo.SetValueCommand;

/** The first phase: the session's header lines (all editable later) and the introduction text. */
public final class IntroductionWorkspace implements Workspace {
    private final SessionContext context;
    private final TextField title = field("header-title");
    private final TextArea introduction = Forms.paragraph("introduction", 7);
    private final Node view;

    public IntroductionWorkspace(SessionContext context) {
        this.context = context;
        Messages m = context.messages();
        SessionHeader header = context.session().getHeader();
        TextField subject = field("header-subject");
        DatePicker date = new DatePicker();
        date.setId("header-date");
        date.setConverter(Dates.converter(m));
        TextField start = field("header-start");
        TextField end = field("header-end");
        TextField place = field("header-place");
        TextField participants = field("header-participants");

        FieldBinding.text(context, title, m.get("cmd.header.title"), header::getTitle, header::setTitle);
        FieldBinding.text(context, subject, m.get("cmd.header.subject"), header::getSubject, header::setSubject);
        // A start after the end would save a file that no longer loads: such text stays marked, uncommitted.
        FieldBinding.typed(context, start, m.get("cmd.header.start"), header::getStartTime, header::setStartTime,
                Parsing::time, t -> ordered(Parsing.time(t), header.getEndTime(), true));
        FieldBinding.typed(context, end, m.get("cmd.header.end"), header::getEndTime, header::setEndTime,
                Parsing::time, t -> ordered(Parsing.time(t), header.getStartTime(), false));
        FieldBinding.text(context, place, m.get("cmd.header.place"), header::getPlace, header::setPlace);
        FieldBinding.typed(context, participants, m.get("cmd.header.participants"), header::getParticipantCount,
                header::setParticipantCount, String::valueOf, t -> Parsing.count(t, SessionLimits.PARTICIPANTS));
        FieldBinding.text(context, introduction, m.get("cmd.introduction"), context.session()::getIntroduction,
                context.session()::setIntroduction);
        bindDate(date, header);

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.GRID);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints(), grow());
        row(grid, 0, m.get("header.title"), title, m.get("header.subject"), subject);
        row(grid, 1, m.get("header.date"), date, m.get("header.place"), place);
        row(grid, 2, m.get("header.start"), start, m.get("header.end"), end);
        row(grid, 3, m.get("header.participants"), participants, null, null);

        // The purpose first: it is what the room reads while the facilitator introduces the evening.
        view = Forms.page(
                Forms.subheading(m.get("intro.text")),
                introduction,
                Forms.subheading(m.get("intro.heading")),
                grid,
                Forms.subheading(m.get("header.groups")),
                groups(header));
    }

    private static LocalTime ordered(LocalTime time, LocalTime other,
                                               boolean isStart) {
        if (time == null || other == null) {
            return time;
        }
        return (isStart ? time.isAfter(other) : time.isBefore(other)) ? null : time;
    }

    private void bindDate(DatePicker date, SessionHeader header) {
        String name = context.messages().get("cmd.header.date");
        date.setValue(header.getDate());
        date.valueProperty().addListener((obs, old, value) -> {
            SetValueCommand<LocalDate> command = new SetValueCommand<>(name, header::getDate, header::setDate, value);
            if (!command.isNoOp()) {
                context.commands().execute(command);
            }
        });
        context.commands().revisionProperty().addListener((obs, o, n) -> date.setValue(header.getDate()));
    }

    /** One check box per actor group of the session: who had people at the table. */
    private Node groups(SessionHeader header) {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add(Styles.GROUPS);
        Language language = context.messages().language();
        String name = context.messages().get("cmd.header.groups");
        for (ActorGroup group : context.session().getActorGroups()) {
            CheckBox box = new CheckBox(group.getName().get(language));
            box.setId("group-" + group.getId());
            box.setSelected(header.getStakeholderGroups().contains(group.getId()));
            box.setOnAction(e -> {
                List<String> present = new ArrayList<>();
                for (ActorGroup g : context.session().getActorGroups()) {
                    boolean on = g == group ? box.isSelected() : header.getStakeholderGroups().contains(g.getId());
                    if (on) {
                        present.add(g.getId());
                    }
                }
                context.commands().execute(new SetValueCommand<>(name, header::getStakeholderGroups,
                        header::setStakeholderGroups, present));
            });
            context.commands().revisionProperty().addListener(
                    (obs, o, n) -> box.setSelected(header.getStakeholderGroups().contains(group.getId())));
            pane.getChildren().add(box);
        }
        return pane;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(120);
        return c;
    }

    private static void row(GridPane grid, int row, String label1, Node field1, String label2, Node field2) {
        grid.add(Forms.fieldLabel(label1, field1), 0, row);
        ((Region) field1).setMaxWidth(Double.MAX_VALUE);
        grid.add(field1, 1, row);
        if (field2 != null) {
            grid.add(Forms.fieldLabel(label2, field2), 2, row);
            grid.add(field2, 3, row);
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<ShortcutSpec> shortcuts() {
        return List.of();
    }

    @Override
    public void activate() {
        // The introduction text, caret at its end: a stray key must not replace a selected title.
        introduction.requestFocus();
        introduction.positionCaret(introduction.getLength());
        // ...but the room reads it from the top.
        Platform.runLater(() -> introduction.setScrollTop(0));
    }
}
