package nl.labtafel.ui.audience;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.QrCodeView;
import nl.labtafel.ui.common.SessionContext;

/**
 * While room input is on: the QR code with the short address and the room code under it, in the bottom-right
 * corner of the room's screen, sized with the screen (text at least 20 px at 720 px high). Hidden while it is off.
 * The audience view lays its pages out beside it ({@link #reservedWidth}), so it never covers a post-it.
 */
final class RoomJoinCorner extends VBox {
    private static final double QR_SHARE = 0.2;
    private final QrCodeView qr;

    RoomJoinCorner(SessionContext context, ObservableDoubleValue height) {
        Messages m = context.messages();
        qr = new QrCodeView(context.roomUrlProperty(), 170);
        qr.setId("audience-room-qr");
        Label address = new Label();
        address.setId("audience-room-address");
        address.textProperty().bind(Bindings.createStringBinding(
                () -> context.roomShortUrlProperty().get() + "\n" + m.get("room.codeShort") + " "
                        + context.roomCodeProperty().get(),
                context.roomShortUrlProperty(), context.roomCodeProperty()));
        address.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        getChildren().addAll(qr, address);
        setAlignment(Pos.CENTER);
        setSpacing(4);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        setStyle("-fx-background-color: " + Palette.CARD + "; -fx-border-color: " + Palette.CARD_LINE
                + "; -fx-padding: 8;");
        visibleProperty().bind(context.roomUrlProperty().isNotEmpty());
        height.addListener((obs, o, h) -> size(address, h.doubleValue()));
        size(address, height.get());
    }

    private void size(Label address, double height) {
        double h = height < 100 ? 720 : height;
        qr.setSize(Math.round(h * QR_SHARE));
        address.setStyle("-fx-font-size: " + Math.max(20, Math.round(h / 720 * 22)) + "px; -fx-font-weight: bold;"
                + " -fx-text-fill: " + Palette.INK + ";");
    }

    /** The width the pages leave free at the right while the corner shows (its own width and a margin), else 0. */
    double reservedWidth(double margin) {
        return isVisible() ? Math.ceil(prefWidth(-1)) + margin : 0;
    }

    void dispose() {
        qr.dispose();
        visibleProperty().unbind();
    }
}
