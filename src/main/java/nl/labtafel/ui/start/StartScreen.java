package nl.labtafel.ui.start;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.GettingStarted;
import nl.labtafel.ui.common.MessageBanner;
import nl.labtafel.ui.edit.Converters;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Styles;

/**
 * The first thing on the wall: a new session from a template, a recent or any other session file, and
 * any autosaved work the last run left behind. Lists arrive from the background; this view only shows.
 */
public final class StartScreen {

    /** What choosing something on the start screen does (the composition root implements it). */
    public interface Host {
        void create(Session session);
        void open(Path file);
        /** A new session that follows {@code previous}: its open actions and themes carried over. */
        void continueFrom(Path previous);
        void chooseAndOpen();
        void restore(Path recovery);
        void discardRecovery(Path recovery);
        void setLanguage(Language language);
        void setTheme(Look theme);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy H:mm");
    private final Messages m;
    private final Host host;
    private final BorderPane root = new BorderPane();
    private final MessageBanner banner;
    private final VBox recoveries = new VBox();
    private final Label sessionsFolder = new Label();
    private final Path preferredTemplate;
    private final Language language;
    private final Look theme;
    private final HBox top;
    private final NewSessionForm form;
    private final RecentList recent;
    private String sessionsFolderPath;

    public StartScreen(Messages m, Host host, Language language, Look theme, Path preferredTemplate) {
        this.m = m;
        this.preferredTemplate = preferredTemplate;
        this.host = host;
        this.language = language;
        this.theme = theme;
        this.banner = new MessageBanner(m);
        this.recent = new RecentList(m.get("start.noRecent"),
                item -> m.format("start.recentItem", item.name(), item.modified().format(WHEN)));
        root.getStyleClass().addAll(Styles.APP, Styles.START_SCREEN);
        root.setId("start-screen");

        Label title = new Label("Labtafel");
        title.getStyleClass().add(Styles.HEADING);
        Label tagline = new Label(m.get("start.tagline"));
        tagline.getStyleClass().add(Styles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top = new HBox(new VBox(title, tagline), spacer);
        top.getStyleClass().add(Styles.START_TOP);
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new VBox(top, banner));

        form = new NewSessionForm(m, host::create);
        Button help = new Button(m.get("help.start.action"));
        help.setId("getting-started-button");
        help.setOnAction(e -> GettingStarted.show(root.getScene() == null ? null : root.getScene().getWindow(),
                root.getScene(), m));
        ChoiceBox<Language> languages = languageChoice(language);
        ChoiceBox<Look> looks = themeChoice(theme);
        for (Region r : List.of(help, languages, looks)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        top.getChildren().addAll(help, languages, looks);
        GridPane columns = columns();
        columns.add(form, 0, 0);
        columns.add(openColumn(), 1, 0);
        root.setCenter(columns);
    }

    private GridPane columns() {
        GridPane columns = new GridPane();
        columns.getStyleClass().add(Styles.START_COLUMNS);
        columns.getColumnConstraints().addAll(percent(60), percent(40));
        RowConstraints fill = new RowConstraints();
        fill.setVgrow(Priority.ALWAYS);
        columns.getRowConstraints().add(fill);
        return columns;
    }

    private VBox openColumn() {
        Label heading = new Label(m.get("start.open"));
        heading.getStyleClass().add(Styles.SUBHEADING);
        recent.setId("recent-list");
        recent.setAccessibleText(heading.getText());
        recent.setOnOpen(chosen -> host.open(chosen.file()));
        VBox.setVgrow(recent, Priority.ALWAYS);
        Button open = new Button(m.get("start.openSelected"));
        open.setId("open-selected");
        open.disableProperty().bind(recent.selectedProperty().isNull());
        open.setOnAction(e -> openSelected());
        Button other = new Button(m.get("start.openOther"));
        other.setId("open-other");
        other.setOnAction(e -> host.chooseAndOpen());
        Button followUp = new Button(m.get("start.continueFrom"));
        followUp.setId("continue-from");
        followUp.disableProperty().bind(recent.selectedProperty().isNull());
        followUp.setOnAction(e -> {
            StartLists.Recent chosen = recent.selectedProperty().get();
            if (chosen != null) {
                host.continueFrom(chosen.file());
            }
        });
        // Wraps onto a second line rather than cutting the buttons to "…" in the narrow column (issue 13).
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(open, followUp, other);
        buttons.getStyleClass().add(Styles.BUTTONS);
        buttons.setHgap(8);
        buttons.setVgap(8);
        for (Button b : List.of(open, followUp, other)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        recoveries.setId("recoveries");
        recoveries.getStyleClass().add(Styles.RECOVERIES);
        sessionsFolder.setId("sessions-folder");
        sessionsFolder.getStyleClass().add(Styles.MUTED);
        sessionsFolder.setWrapText(true);
        sessionsFolder.setMinHeight(Region.USE_PREF_SIZE);
        tooltipOnFirstHover();
        VBox column = new VBox(recoveries, heading, sessionsFolder, recent, buttons);
        column.getStyleClass().add(Styles.START_COLUMN);
        return column;
    }

    private static ColumnConstraints percent(double width) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(width);
        return c;
    }

    private void openSelected() {
        StartLists.Recent chosen = recent.selectedProperty().get();
        if (chosen != null) {
            host.open(chosen.file());
        }
    }

    /** Names the folder the sessions are saved in and listed from (in the installed app: Documents/Labtafel). */
    public void setSessionsFolder(Path folder) {
        // A path is one long word that cannot wrap: long ones show their end, the whole path on hover.
        String shown = folder.toString();
        if (shown.length() > 24 && folder.getNameCount() > 2) {
            shown = "\u2026" + java.io.File.separator + folder.subpath(folder.getNameCount() - 2, folder.getNameCount());
        }
        sessionsFolder.setText(m.format("start.sessionsFolder", shown));
        sessionsFolderPath = folder.toString();
        sessionsFolder.setAccessibleHelp(sessionsFolderPath);
        if (sessionsFolder.getTooltip() != null) {
            sessionsFolder.getTooltip().setText(sessionsFolderPath);
        }
    }

    /**
     * The whole path as the label's tooltip, made when the pointer first comes over the label: a tooltip (its
     * class, pop-up window and skin) was about a twentieth of the FX thread's work before the first frame
     * (issue 18), and no one hovers before that frame. The tooltip then follows the pointer's moves as usual.
     */
    private void tooltipOnFirstHover() {
        sessionsFolder.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (sessionsFolder.getTooltip() == null && sessionsFolderPath != null) {
                sessionsFolder.setTooltip(new Tooltip(sessionsFolderPath));
            }
        });
    }

    public void setLists(StartLists lists) {
        form.setTemplates(lists.templates(), preferredTemplate);
        recent.setItems(lists.recent());
        recoveries.getChildren().clear();
        if (lists.recoveries().isEmpty()) {
            return;
        }
        Label heading = new Label(m.get("start.recover"));
        heading.getStyleClass().add(Styles.SUBHEADING);
        Label hint = new Label(m.get("start.recoverHint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        recoveries.getChildren().addAll(heading, hint);
        for (StartLists.Recent r : lists.recoveries()) {
            Label name = new Label(m.format("start.recoverItem", r.name(), r.modified().format(WHEN)));
            name.setWrapText(true);
            Button restore = new Button(m.get("start.restore"));
            restore.setId("restore-" + r.name());
            restore.getStyleClass().add(Styles.ACCENT);
            restore.setOnAction(e -> host.restore(r.file()));
            Button discard = new Button(m.get("start.discard"));
            discard.setId("discard-" + r.name());
            discard.setOnAction(e -> host.discardRecovery(r.file()));
            HBox row = new HBox(restore, discard);
            row.getStyleClass().add(Styles.BUTTONS);
            recoveries.getChildren().add(new VBox(name, row));
        }
    }

    /** A file that failed to load: the reasons stay on the start screen until closed. */
    public void showProblem(List<String> lines) {
        banner.show(lines);
    }

    public Parent view() {
        return root;
    }

    public void focus() {
        form.focusTitle();
    }

    /* ChoiceBoxes, as the form's template (see NewSessionForm): no pop-up list made before the first frame. */
    private ChoiceBox<Language> languageChoice(Language language) {
        ChoiceBox<Language> box = MeasuredChoiceBoxSkin.choiceBox();
        box.setId("language-choice");
        box.getItems().setAll(Language.values());
        box.setConverter(Converters.displayOnly(l -> m.get("language." + l.code())));
        box.setValue(language);
        box.setAccessibleText(m.get("start.language"));
        box.valueProperty().addListener((obs, o, n) -> host.setLanguage(n));
        return box;
    }

    private ChoiceBox<Look> themeChoice(Look theme) {
        ChoiceBox<Look> box = MeasuredChoiceBoxSkin.choiceBox();
        box.setId("theme-choice");
        box.getItems().setAll(Look.values());
        box.setConverter(Converters.displayOnly(t -> m.get(t.textKey())));
        box.setValue(theme);
        box.setAccessibleText(m.get("start.theme"));
        box.valueProperty().addListener((obs, o, n) -> host.setTheme(n));
        return box;
    }
}
