package nl.labtafel.ui.room;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import nl.labtafel.model.RoomState;
import nl.labtafel.room.RoomKeys;
import nl.labtafel.room.RoomLimits;
import nl.labtafel.room.SessionDesk;
import nl.labtafel.ui.common.SessionContext;

/**
 * The facilitator's choices for room input that are not undo steps but settings kept in the session: whether
 * the room's screen shows the dots while the room votes, and the limits (longest text, phones at once, items
 * per minute per phone). A change holds from the next request on; phones learn the text limit with their next
 * look at the room (every few seconds).
 */
public final class RoomSettings {
    private final SessionContext context;
    private final SessionDesk desk;
    private final BooleanProperty dotsLive = new SimpleBooleanProperty(this, "dotsLive", true);
    private final IntegerProperty maxChars = new SimpleIntegerProperty(this, "maxChars");
    private final IntegerProperty maxDevices = new SimpleIntegerProperty(this, "maxDevices");
    private final IntegerProperty perMinute = new SimpleIntegerProperty(this, "perMinute");

    RoomSettings(SessionContext context, SessionDesk desk) {
        this.context = context;
        this.desk = desk;
        RoomState room = context.session().getRoom();
        RoomLimits now = desk.limits();
        dotsLive.set(room == null || !room.isDotsHiddenUntilClosed());
        maxChars.set(now.maxChars());
        maxDevices.set(now.maxDevices());
        perMinute.set(now.perMinute());
        dotsLive.addListener((obs, o, on) -> {
            change(r -> r.setDotsHiddenUntilClosed(!on));
            context.roomDotsProperty().set(context.roomDotsProperty().get() + 1);
        });
        maxChars.addListener((obs, o, n) -> limit(r -> r.setMaxChars(n.intValue())));
        maxDevices.addListener((obs, o, n) -> limit(r -> r.setMaxDevices(n.intValue())));
        perMinute.addListener((obs, o, n) -> limit(r -> r.setPerMinute(n.intValue())));
    }

    private void change(Consumer<RoomState> setting) {
        setting.accept(RoomKeys.ensure(context.session()));
        context.commands().markUnsaved();
    }

    private void limit(Consumer<RoomState> setting) {
        change(setting);
        desk.limitsChanged();
    }

    /** The room's screen shows the room's dots while voting is open (else only when it closes). */
    public BooleanProperty dotsLiveProperty() { return dotsLive; }
    public IntegerProperty maxCharsProperty() { return maxChars; }
    public IntegerProperty maxDevicesProperty() { return maxDevices; }
    public IntegerProperty perMinuteProperty() { return perMinute; }
}
