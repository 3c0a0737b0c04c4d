package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.onFx;
import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.labtafel.io.SessionStore;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.RoomItemStatus;
import nl.labtafel.model.Session;
import nl.labtafel.ui.room.RoomPanel;
import nl.labtafel.ui.room.RoomViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@code labtafel FILE.json --room}: the session opens with room input on (loopback in this test), a
 * phone's post-it shows in the inbox as text, Enter accepts it as an undoable step, Delete rejects,
 * "accept automatically" skips the inbox, and presentation mode shows only how to join.
 */
@ExtendWith(ApplicationExtension.class)
class RoomInboxTest {
    private static final String PAYLOAD = "<b>vet</b><script>alert(1)</script>";
    private ShellFixture fixture;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("labtafel.room.host", "127.0.0.1");
        fixture = new ShellFixture();
        Session session = new TemplateStore().newSession(fixture.paths.templates().resolve("lab-sessie.json"),
                "Zaalavond", LocalDate.of(2026, 11, 30));
        session.setCurrentPhaseId("inventory");
        file = fixture.paths.sessions().resolve("zaal.json");
        new SessionStore().save(session, file);
        fixture.start(stage, List.of(file.toString(), AppShell.ROOM_FLAG));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
        System.clearProperty("labtafel.room.host");
    }

    private RoomViewModel room() {
        return ((RoomPanel) fixture.shell.window().showRoom(true)).model();
    }

    private static int send(int port, String secret, String key, String text) throws Exception {
        String body = "{\"key\":\"" + key + "\",\"kind\":\"NOTE\",\"group\":\"gemeente\",\"text\":"
                + new ObjectMapper().writeValueAsString(text) + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/r/" + secret + "/api/items"))
                .header("Content-Type", "application/json").header("X-Labtafel-Device", "test-phone-01")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aPhonesPostItIsAcceptedWithEnterAndUndoPutsItBack(FxRobot robot) throws Exception {
        waitUntil(() -> fixture.shell.window() != null && room().runningProperty().get());
        Session session = fixture.shell.window().context().session();
        int port = room().port();
        String secret = session.getRoom().getSecret();
        assertTrue(robot.lookup("#room-qr").tryQuery().isPresent());
        assertTrue(robot.lookup("#room-code").queryAs(Label.class).getText().matches("[A-Z0-9]{6}"));

        assertEquals(200, send(port, secret, "ui-item-0001", PAYLOAD));
        waitUntil(() -> room().inbox().size() == 1);
        Label shown = robot.lookup(".lt-room-text").queryAs(Label.class);
        assertEquals(PAYLOAD, shown.getText(), "the payload is shown as text, not markup");

        int before = session.getNotes().size();
        robot.interact(() -> {
            ListView<?> list = robot.lookup("#room-inbox").queryAs(ListView.class);
            list.getSelectionModel().clearAndSelect(0);
            list.requestFocus();
        });
        robot.push(KeyCode.ENTER);
        waitUntil(() -> room().inbox().isEmpty());
        assertEquals(before + 1, session.getNotes().size());
        assertEquals(PAYLOAD, session.getNotes().get(before).getText());
        assertEquals("gemeente", session.getNotes().get(before).getActorGroupId());
        assertEquals(RoomItemStatus.ACCEPTED, session.getRoom().getReceipts().get("ui-item-0001"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> room().inbox().size() == 1);
        assertEquals(before, session.getNotes().size(), "undo takes the note off the board and back to the inbox");

        robot.interact(() -> robot.lookup("#room-inbox").queryAs(ListView.class).getSelectionModel().clearAndSelect(0));
        robot.interact(() -> robot.lookup("#room-inbox").queryAs(ListView.class).requestFocus());
        robot.push(KeyCode.DELETE);
        waitUntil(() -> room().inbox().isEmpty());
        assertEquals(RoomItemStatus.REJECTED, session.getRoom().getReceipts().get("ui-item-0001"));
        assertEquals(before, session.getNotes().size());

        robot.clickOn("#room-auto-accept");
        assertTrue(onFx(() -> room().autoAcceptProperty().get()), "the switch is on");
        assertEquals(200, send(port, secret, "ui-item-0002", "Rechtstreeks op het bord"));
        waitUntil(() -> session.getNotes().size() == before + 1);
        assertTrue(room().inbox().isEmpty());

        robot.interact(() -> fixture.shell.window().context().presentationProperty().set(true));
        waitUntil(() -> !shown(robot.lookup("#room-inbox").queryAs(Node.class)));
        assertTrue(onFx(() -> shown(robot.lookup("#room-qr").queryAs(Node.class))), "the room still sees how to join");
        assertFalse(onFx(() -> shown(robot.lookup("#room-toggle").queryAs(Node.class))));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
