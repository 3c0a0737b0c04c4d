package nl.labtafel.ui.room;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.text.Messages;

/**
 * One item from a phone: its group's colour and name, what kind of item, and the text (always as text). Every
 * cell has the same height (room.css): two lines of text, the rest in the tooltip and the editor.
 */
final class InboxCell extends ListCell<RoomItem> {
    private final Session session;
    private final Messages m;
    private final Region swatch = new Region();
    private final Label meta = new Label();
    private final Label text = new Label();
    private final HBox box;
    private final Tooltip whole = new Tooltip();

    InboxCell(Session session, Messages m) {
        this.session = session;
        this.m = m;
        swatch.getStyleClass().add(RoomStyle.SWATCH);
        meta.getStyleClass().add(RoomStyle.META);
        text.getStyleClass().add(RoomStyle.TEXT);
        text.setWrapText(true);
        text.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        VBox lines = new VBox(meta, text);
        lines.setMinWidth(0);
        box = new HBox(swatch, lines);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add(RoomStyle.ITEM);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RoomItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        ActorGroup group = item.getActorGroupId() == null ? null : session.actorGroup(item.getActorGroupId()).orElse(null);
        swatch.setStyle("-fx-background-color: " + (group == null ? "transparent" : group.getColour()) + ";");
        String who = group == null ? m.get("room.noGroup") : group.getName().get(m.language());
        String org = item.getOrganisation() == null || item.getOrganisation().isBlank() ? "" : " \u00b7 " + item.getOrganisation();
        meta.setText(who + org + " \u00b7 " + kind(item));
        text.setText(item.getText());
        whole.setText(item.getText());
        setTooltip(whole);
        setGraphic(box);
        setAccessibleText(meta.getText() + ": " + item.getText());
    }

    private String kind(RoomItem item) {
        return switch (item.getKind()) {
            case NOTE -> m.get("room.kind.NOTE");
            case INSIGHT -> m.get("room.kind." + item.getInsightKind());
            case CANVAS_NOTE -> m.format("room.kind.canvas", teamName(item.getTeamId()),
                    m.get("room.lane." + item.getLane()));
        };
    }

    private String teamName(String teamId) {
        return session.getTeams().stream().filter(t -> t.getId().equals(teamId)).findFirst()
                .map(ResearchTeam::getThemeId).flatMap(session::theme).map(Theme::getName).orElse("?");
    }
}
