package nl.labtafel.ui.room;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.labtafel.model.Note;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.RoomItemKind;
import nl.labtafel.room.RoomAddresses;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.QrCodeView;
import nl.labtafel.ui.common.SessionPanel;

/**
 * The room-input panel beside the workspace: start/stop, where phones go (QR code, short address, room
 * code), the room's dots, and the inbox with accept (Enter), edit then accept (F2), merge into a post-it,
 * reject (Delete), accept all and "accept automatically". In presentation mode only the joining part
 * stays, large enough to read from the room.
 *
 * <p>Over 300 lines: the joining part, the dots and the inbox are one panel that switches to its large
 * joining view in presentation mode.
 */
public final class RoomPanel implements SessionPanel {
    public static final String STYLESHEET = "/nl/labtafel/ui/room/room.css";
    private static final double QR_CONSOLE = 120;
    private static final double QR_PROJECTED = 300;
    private static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");
    /** The start/stop button's look while the room is open (a plain button now: see its construction). */
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("selected");

    private final RoomViewModel model;
    private final Messages m;
    private final VBox root = new VBox();
    private final ListView<RoomItem> list = new ListView<>();
    private final TextField editor = new TextField();
    private final QrCodeView qr;
    private RoomItem editing;

    public RoomPanel(RoomViewModel model) {
        this.model = model;
        this.m = model.messages();
        var context = model.context();
        root.getStyleClass().add(RoomStyle.PANEL);
        root.getStylesheets().add(RoomPanel.class.getResource(STYLESHEET).toExternalForm());
        root.setId("room-panel");
        // The window gives the panel its full height anyway; a fixed minimum spares the window's layout from
        // measuring every line of the panel each time an item arrives.
        root.setMinHeight(0);

        Label title = new Label(m.get("room.title"));
        title.getStyleClass().add(RoomStyle.TITLE);
        // A button, not a toggle: a toggle bound to "running" threw on every click ("a bound value cannot be
        // set") and the room never started from the panel; the look of "on" follows the server instead.
        Button onOff = new Button();
        onOff.setId("room-toggle");
        onOff.textProperty().bind(Bindings.when(model.runningProperty()).then(m.get("room.stop")).otherwise(m.get("room.start")));
        model.runningProperty().subscribe(on -> onOff.pseudoClassStateChanged(RUNNING, on));
        onOff.disableProperty().bind(model.busyProperty());
        onOff.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.stop();
            } else {
                model.start();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(title, spacer, onOff);
        head.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("room-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("room-problem");
        problem.getStyleClass().add(RoomStyle.PROBLEM);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        shownWhen(problem, model.problemProperty().isNotEmpty());

        qr = new QrCodeView(context.roomUrlProperty(), QR_CONSOLE);
        qr.setId("room-qr");
        Label scan = new Label(m.get("room.scan"));
        Label shortUrl = new Label();
        shortUrl.setId("room-address");
        shortUrl.getStyleClass().add(RoomStyle.BIG);
        shortUrl.textProperty().bind(context.roomShortUrlProperty());
        Label codeLabel = new Label(m.get("room.codeLabel"));
        Label code = new Label();
        code.setId("room-code");
        code.getStyleClass().add(RoomStyle.BIG);
        code.textProperty().bind(context.roomCodeProperty());
        ComboBox<RoomAddresses.Candidate> network = new ComboBox<>(model.addresses());
        network.setId("room-network");
        network.valueProperty().bindBidirectional(model.addressProperty());
        network.setConverter(new StringConverter<>() {
            @Override
            public String toString(RoomAddresses.Candidate c) {
                return c == null ? "" : c.address() + " (" + c.interfaceName() + ")";
            }

            @Override
            public RoomAddresses.Candidate fromString(String s) {
                return null;
            }
        });
        network.setAccessibleText(m.get("room.address"));
        shownWhen(network, Bindings.size(model.addresses()).greaterThan(1));
        scan.setWrapText(true);
        codeLabel.setWrapText(true);
        VBox where = new VBox(scan, shortUrl, codeLabel, code);
        where.getStyleClass().add(RoomStyle.WHERE);
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox qrAndWhere = new HBox(qr, where);
        qrAndWhere.setAlignment(Pos.CENTER_LEFT);
        qrAndWhere.getStyleClass().add(RoomStyle.QR_ROW);
        VBox join = new VBox(qrAndWhere, network);
        join.getStyleClass().add(RoomStyle.JOIN);
        // On the projector (presentation mode) the code is what the room needs: large, beside the workspace.
        context.presentationProperty().addListener((obs, was, on) -> presentation(on, qrAndWhere, where));
        presentation(context.presentationProperty().get(), qrAndWhere, where);
        shownWhen(join, model.runningProperty());

        Label votes = new Label();
        votes.setId("room-votes");
        votes.setWrapText(true);
        votes.setMinHeight(Region.USE_PREF_SIZE);
        votes.textProperty().bind(model.votesProperty());
        Button closeVoting = new Button(m.get("room.closeVoting"));
        closeVoting.setId("room-close-voting");
        closeVoting.setOnAction(e -> model.closeVoting());
        shownWhen(closeVoting, model.votingOpenProperty());
        VBox voting = new VBox(votes, closeVoting);
        voting.getStyleClass().add(RoomStyle.VOTING);
        shownWhen(voting, model.votesProperty().isNotEmpty());

        VBox inbox = inbox();
        VBox controls = new VBox(status, problem);
        controls.getStyleClass().add(RoomStyle.SECTION);
        TitledPane settings = RoomSettingsView.of(model.settings(), m);
        root.getChildren().addAll(head, controls, join, voting, inbox, settings);
        VBox.setVgrow(inbox, Priority.ALWAYS);
        VBox.setVgrow(settings, Priority.SOMETIMES);
        for (Node facilitatorOnly : List.of(head, controls, voting, inbox, settings)) {
            // The settings, unfolded, take the inbox's place: at 1280x720 the panel holds one or the other.
            facilitatorOnly.visibleProperty().bind(context.presentationProperty().not()
                    .and(facilitatorOnly == voting ? model.votesProperty().isNotEmpty()
                            : facilitatorOnly == inbox ? settings.expandedProperty().not()
                            : Bindings.createBooleanBinding(() -> true)));
            facilitatorOnly.managedProperty().bind(facilitatorOnly.visibleProperty());
        }
    }

    private void presentation(boolean on, HBox qrAndWhere, VBox where) {
        qr.setSize(on ? QR_PROJECTED : QR_CONSOLE);
        root.pseudoClassStateChanged(PRESENTING, on);
        if (on) {
            qrAndWhere.getChildren().remove(where);
            if (!((VBox) qrAndWhere.getParent()).getChildren().contains(where)) {
                ((VBox) qrAndWhere.getParent()).getChildren().add(1, where);
            }
        } else if (!qrAndWhere.getChildren().contains(where)) {
            ((VBox) where.getParent()).getChildren().remove(where);
            qrAndWhere.getChildren().add(where);
        }
    }

    private VBox inbox() {
        Label heading = new Label();
        heading.setId("room-inbox-title");
        heading.getStyleClass().add(RoomStyle.SUBTITLE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> m.format("room.inbox", model.inbox().size()),
                model.inbox()));
        CheckBox auto = new CheckBox(m.get("room.autoAccept"));
        auto.setId("room-auto-accept");
        auto.selectedProperty().bindBidirectional(model.autoAcceptProperty());
        CheckBox names = new CheckBox(m.get("room.allowNames"));
        names.setId("room-allow-names");
        names.selectedProperty().bindBidirectional(model.allowNamesProperty());

        list.setId("room-inbox");
        list.getStyleClass().add(RoomStyle.INBOX);
        list.setItems(model.inbox());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new InboxCell(model.session(), m));
        list.setPlaceholder(new Label(m.get("room.inbox.empty")));
        list.setAccessibleText(m.get("room.title"));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::listKey);
        VBox.setVgrow(list, Priority.ALWAYS);

        editor.setId("room-editor");
        editor.setPromptText(m.get("room.edit.prompt"));
        editor.setVisible(false);
        editor.setManaged(false);
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.acceptEdited(editing, editor.getText());
                endEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                endEdit();
                e.consume();
            }
        });

        var none = Bindings.isEmpty(list.getSelectionModel().getSelectedItems());
        Button accept = button("room-accept", m.get("room.accept"), () -> model.accept(selected()));
        accept.disableProperty().bind(none);
        Button edit = button("room-edit", m.get("room.edit"), this::startEdit);
        edit.disableProperty().bind(none);
        Button merge = button("room-merge", m.get("room.merge"), this::merge);
        merge.disableProperty().bind(none);
        Button reject = button("room-reject", m.get("room.reject"), () -> model.reject(selected()));
        reject.disableProperty().bind(none);
        Button all = button("room-accept-all", m.get("room.acceptAll"), model::acceptAll);
        all.setAccessibleText(m.get("room.acceptAllLong"));
        all.setTooltip(new Tooltip(m.get("room.acceptAllLong")));
        all.disableProperty().bind(Bindings.isEmpty(model.inbox()));
        FlowPane buttons = new FlowPane(accept, edit, merge, reject, all);
        buttons.getStyleClass().add(RoomStyle.BUTTONS);

        FlowPane switches = new FlowPane(auto, names);
        switches.getStyleClass().add(RoomStyle.BUTTONS);
        VBox box = new VBox(heading, switches, list, editor, buttons);
        box.getStyleClass().add(RoomStyle.SECTION);
        return box;
    }

    private void listKey(KeyEvent e) {
        if (list.getSelectionModel().isEmpty()) {
            return;
        }
        switch (e.getCode()) {
            case ENTER -> model.accept(selected());
            case DELETE, BACK_SPACE -> model.reject(selected());
            case F2 -> startEdit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private List<RoomItem> selected() {
        return List.copyOf(list.getSelectionModel().getSelectedItems());
    }

    private void startEdit() {
        RoomItem item = list.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        editing = item;
        editor.setText(item.getText());
        editor.setVisible(true);
        editor.setManaged(true);
        editor.requestFocus();
        editor.selectAll();
    }

    private void endEdit() {
        editing = null;
        editor.setVisible(false);
        editor.setManaged(false);
        list.requestFocus();
    }

    private void merge() {
        RoomItem item = list.getSelectionModel().getSelectedItem();
        if (item == null || item.getKind() != RoomItemKind.NOTE) {
            return;
        }
        List<Note> targets = model.mergeTargets(item);
        if (targets.isEmpty()) {
            return;
        }
        ChoiceDialog<Note> dialog = new ChoiceDialog<>(targets.get(0), targets);
        dialog.setTitle(m.get("room.merge.title"));
        dialog.setHeaderText(m.get("room.merge.header") + "\n\u201c" + item.getText() + "\u201d");
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        ComboBox<Note> combo = findCombo(dialog);
        if (combo != null) {
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Note n) {
                    return n == null ? "" : abbreviate(n.getText());
                }

                @Override
                public Note fromString(String s) {
                    return null;
                }
            });
        }
        Optional<Note> chosen = dialog.showAndWait();
        chosen.ifPresent(note -> model.mergeInto(item, note.getId()));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Note> findCombo(ChoiceDialog<Note> dialog) {
        return (ComboBox<Note>) dialog.getDialogPane().lookup(".combo-box");
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 70 ? line.substring(0, 69) + "\u2026" : line;
    }

    /** Selects the first item (tests, and the console's Enter-flow). */
    void selectFirst() {
        list.getSelectionModel().clearAndSelect(0);
        list.requestFocus();
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void shownWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    public RoomViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void dispose() {
        qr.dispose();
        model.dispose();
    }
}
