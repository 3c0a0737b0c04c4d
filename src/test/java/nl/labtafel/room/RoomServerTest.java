package nl.labtafel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.RoomItemStatus;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The room server for real, on loopback: what a phone sees and what ends up in the session. */
class RoomServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "phone-aaaa-0001";

    @TempDir
    Path dir;
    private RoomFixture room;

    @AfterEach
    void stop() {
        if (room != null) {
            room.close();
        }
    }

    private RoomFixture start(RoomLimits limits) throws Exception {
        room = new RoomFixture(dir, limits);
        return room;
    }

    private static String note(String key, String text, String group) {
        return "{\"key\":\"" + key + "\",\"kind\":\"NOTE\",\"text\":" + quote(text) + ",\"group\":\"" + group + "\"}";
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void withoutTheSecretOnlyTheScanPageIsServedAndTheRoomCodeLeadsIn() throws Exception {
        start(RoomLimits.defaults());
        HttpResponse<String> scan = room.get(room.base() + "/");
        assertEquals(200, scan.statusCode());
        assertTrue(scan.body().contains("Scan de code op het scherm"));
        assertFalse(scan.body().contains(room.secret));

        HttpResponse<String> wrong = room.get(room.base() + "/r/abcdefghijkmnpqrstuvwxyz23/");
        assertEquals(403, wrong.statusCode());
        assertTrue(wrong.body().contains("Deze link werkt niet"));
        assertFalse(wrong.body().contains(room.secret));
        assertEquals(403, room.get(room.base() + "/r/nope/api/state").statusCode());

        HttpResponse<String> page = room.get(room.base() + "/r/" + room.secret + "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("phone.js"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));

        HttpResponse<String> joined = room.get(room.base() + "/join?code=" + room.code.toLowerCase().substring(0, 3)
                + "-" + room.code.substring(3));
        assertEquals(303, joined.statusCode());
        assertEquals("/r/" + room.secret + "/", URI(joined));
    }

    private static String URI(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void guessingRoomCodesIsCutOffPerAddress() throws Exception {
        start(RoomLimits.defaults());
        for (int i = 0; i < 10; i++) {
            assertEquals(403, room.get(room.base() + "/join?code=AAAAA" + i).statusCode());
        }
        assertEquals(429, room.get(room.base() + "/join?code=" + room.code).statusCode(),
                "after 10 wrong codes even the right one waits");
    }

    @Test
    void staticFilesAreAFixedListWithNoTraversalOrListing() throws Exception {
        start(RoomLimits.defaults());
        String root = room.base() + "/r/" + room.secret + "/";
        assertEquals(200, room.get(root + "phone.js").statusCode());
        for (String path : List.of("web/", "nl/labtafel/room/web/phone.js", "..%2F..%2Fpom.xml", "%2e%2e/%2e%2e/pom.xml",
                "scan.html", "../", "phone.js/", "api/", "%2e%2e%2f%2e%2e%2fpom.xml", "..%5C..%5Cpom.xml")) {
            int status = room.get(root + path).statusCode();
            assertTrue(status == 404 || status == 400 || status == 403 || status == 405, path + " gave " + status);
            assertFalse(room.get(root + path).body().contains("function"), path + " served a file");
        }
        assertEquals(404, room.get(room.base() + "/nl/labtafel/messages.properties").statusCode());
    }

    @Test
    void aNoteIsInTheRecoveryFileBeforeThePhoneHearsReceivedAndARetryMakesNoDuplicate() throws Exception {
        start(RoomLimits.defaults());
        room.phase(PhaseKind.INVENTORY);
        String body = note("item-0000-0001", "Taalcafé in de bibliotheek", "inwoners");
        HttpResponse<String> first = room.post(room.api("items"), PHONE, body);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("PENDING", json(first).get("status").asText());
        Session onDisk = room.recovered(); // read right after the answer: it must already be there
        assertEquals(1, onDisk.getRoom().getInbox().size());
        assertEquals("Taalcafé in de bibliotheek", onDisk.getRoom().getInbox().get(0).getText());

        HttpResponse<String> retry = room.post(room.api("items"), PHONE, body);
        assertEquals(200, retry.statusCode());
        assertEquals(1, room.onOwner(() -> room.session.getRoom().getInbox().size()));

        String saved = Files.readString(RecoveryFiles.recoveryOf(room.sessionFile), StandardCharsets.UTF_8);
        assertFalse(saved.contains("127.0.0.1"), "no addresses in the session");
        assertFalse(saved.contains(PHONE), "no device ids in the session");
    }

    @Test
    void whatThePhoneMaySendFollowsThePhase() throws Exception {
        start(RoomLimits.defaults());
        room.phase(PhaseKind.INTRODUCTION);
        assertEquals(409, room.post(room.api("items"), PHONE, note("item-0000-0002", "Te vroeg", "inwoners")).statusCode());
        assertEquals("NONE".length() > 0 ? "INTRODUCTION" : "", json(room.get(room.api("state"))).get("phase").asText());

        room.phase(PhaseKind.INSIGHTS);
        assertEquals(409, room.post(room.api("items"), PHONE, note("item-0000-0003", "Post-it", "inwoners")).statusCode());
        String insight = "{\"key\":\"item-0000-0004\",\"kind\":\"INSIGHT\",\"insightKind\":\"IDEAS\",\"text\":\"Buddy's\"}";
        assertEquals(200, room.post(room.api("items"), PHONE, insight).statusCode());

        String teamId = room.onOwner(() -> {
            Theme theme = new Theme("t-room", "Huisvesting");
            room.session.getThemes().add(theme);
            ResearchTeam team = new ResearchTeam("team-room", theme.getId());
            room.session.getTeams().add(team);
            return team.getId();
        });
        room.phase(PhaseKind.RESEARCH_TEAMS);
        String canvas = "{\"key\":\"item-0000-0005\",\"kind\":\"CANVAS_NOTE\",\"teamId\":\"" + teamId
                + "\",\"lane\":\"TRIALS\",\"text\":\"Proef met een woonmakelaar\",\"group\":\"gemeente\"}";
        assertEquals(200, room.post(room.api("items"), PHONE, canvas).statusCode());
        String noTeam = canvas.replace(teamId, "team-gone").replace("0005", "0006");
        assertEquals("unknownTeam", json(room.post(room.api("items"), PHONE, noTeam)).get("error").asText());
        JsonNode state = json(room.get(room.api("state")));
        assertEquals("RESEARCH_TEAMS", state.get("phase").asText());
        assertEquals("Huisvesting", state.get("teams").get(0).get("name").asText());

        room.onOwner(() -> {
            List<RoomItem> inbox = List.copyOf(room.session.getRoom().getInbox());
            InboxChange.accept(room.session, inbox, Map.of(), notes -> { }).apply();
            return null;
        });
        assertEquals("Buddy's", room.onOwner(() -> room.session.getInsights().list(InsightKind.IDEAS).get(0).getText()));
        assertEquals("Proef met een woonmakelaar",
                room.onOwner(() -> room.session.getTeams().get(0).getTrials().get(0).getText()));
        JsonNode statuses = json(room.post(room.api("status"), PHONE,
                "{\"keys\":[\"item-0000-0004\",\"item-0000-0005\",\"item-9999-9999\"]}")).get("statuses");
        assertEquals("ACCEPTED", statuses.get("item-0000-0004").asText());
        assertEquals("ACCEPTED", statuses.get("item-0000-0005").asText());
        assertFalse(statuses.has("item-9999-9999"));
    }

    @Test
    void badInputGetsAClearAnswerAndNeverReachesTheInbox() throws Exception {
        start(RoomLimits.defaults());
        room.phase(PhaseKind.INVENTORY);
        assertEquals("empty", json(room.post(room.api("items"), PHONE, note("item-0000-0010", "   ", "inwoners")))
                .get("error").asText());
        HttpResponse<String> tooLong = room.post(room.api("items"), PHONE, note("item-0000-0011", "x".repeat(281), "inwoners"));
        assertEquals(422, tooLong.statusCode());
        assertEquals(280, json(tooLong).get("limit").asInt());
        assertEquals(200, room.post(room.api("items"), PHONE, note("item-0000-0012", "é".repeat(280), "inwoners")).statusCode());
        assertEquals("unknownGroup", json(room.post(room.api("items"), PHONE, note("item-0000-0013", "Hoi", "marsmannetjes")))
                .get("error").asText());
        assertEquals(400, room.post(room.api("items"), PHONE, "{not json").statusCode());
        assertEquals(400, room.post(room.api("items"), PHONE, "{\"key\":\"short\",\"kind\":\"NOTE\",\"text\":\"x\"}").statusCode());
        assertEquals(400, room.post(room.api("items"), PHONE, "{\"key\":\"item-0000-0014\",\"kind\":\"BOMB\"}").statusCode());
        HttpResponse<String> huge = room.post(room.api("items"), PHONE, note("item-0000-0015", "x".repeat(10_000), "inwoners"));
        assertEquals(413, huge.statusCode());
        assertEquals(405, room.get(room.api("items")).statusCode());
        assertEquals(1, room.onOwner(() -> room.session.getRoom().getInbox().size()));
    }

    @Test
    void aPhoneThatSendsTooFastIsToldToWaitAndTheRoomHasACap() throws Exception {
        start(RoomLimits.defaults().withMaxDevices(3));
        room.phase(PhaseKind.INVENTORY);
        for (int i = 0; i < 10; i++) {
            assertEquals(200, room.post(room.api("items"), PHONE, note("item-rate-" + i + "000", "Nummer " + i, "inwoners"))
                    .statusCode());
        }
        HttpResponse<String> eleventh = room.post(room.api("items"), PHONE, note("item-rate-x000", "Te veel", "inwoners"));
        assertEquals(429, eleventh.statusCode());
        assertTrue(Integer.parseInt(eleventh.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals("tooMany", json(eleventh).get("error").asText());
        assertEquals(200, room.post(room.api("items"), "phone-bbbb-0002", note("item-rate-y000", "Ander", "inwoners")).statusCode());
        assertEquals(200, room.get(room.api("state")).statusCode()); // a third phone (no id: its address)
        HttpResponse<String> full = room.post(room.api("items"), "phone-cccc-0003", note("item-rate-z000", "Vol", "inwoners"));
        assertEquals(503, full.statusCode());
        assertEquals("roomFull", json(full).get("error").asText());
    }

    @Test
    void oneAddressCannotPoseAsManyPhones() throws Exception {
        start(RoomLimits.defaults());
        room.phase(PhaseKind.INVENTORY);
        for (int i = 0; i < 4; i++) {
            assertEquals(200, room.post(room.api("items"), "phone-many-000" + i, note("item-many-" + i + "000", "x", "inwoners"))
                    .statusCode());
        }
        assertEquals(429, room.post(room.api("items"), "phone-many-0009", note("item-many-9000", "x", "inwoners")).statusCode());
    }

    @Test
    void htmlAndScriptFromPhonesStayText() throws Exception {
        start(RoomLimits.defaults());
        room.phase(PhaseKind.INVENTORY);
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"";
        assertEquals(200, room.post(room.api("items"), PHONE, note("item-xss-0001", payload, "inwoners")).statusCode());
        assertEquals(payload, room.recovered().getRoom().getInbox().get(0).getText(), "kept exactly as typed");
        room.onOwner(() -> {
            room.session.getThemes().add(new Theme("t-xss", payload));
            return null;
        });
        HttpResponse<String> state = room.get(room.api("state"));
        assertTrue(state.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("nosniff", state.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(payload, json(state).get("themes").get(0).get("name").asText());
        assertTrue(room.get(room.base() + "/r/" + room.secret + "/phone.js").body().contains("textContent"));
        assertFalse(room.get(room.base() + "/r/" + room.secret + "/phone.js").body().contains("innerHTML"));
    }

    @Test
    void theFacilitatorsLimitsHoldFromTheNextRequestAndPhonesLearnTheTextLength() throws Exception {
        start(RoomLimits.defaults());
        room.phase(PhaseKind.INVENTORY);
        String sixty = "x".repeat(60);
        assertEquals(200, room.post(room.api("items"), PHONE, note("limit-key-0001", sixty, "inwoners")).statusCode());
        assertEquals(280, json(room.get(room.api("state"))).get("maxChars").asInt());
        room.onOwner(() -> {
            room.session.getRoom().setMaxChars(50);
            room.desk.limitsChanged();
            return null;
        });
        assertEquals(50, json(room.get(room.api("state"))).get("maxChars").asInt());
        HttpResponse<String> tooLong = room.post(room.api("items"), PHONE, note("limit-key-0002", sixty, "inwoners"));
        assertEquals(422, tooLong.statusCode());
        assertEquals(50, json(tooLong).get("limit").asInt());
        // A longer limit than the default body allows: the body limit grows with it.
        room.onOwner(() -> {
            room.session.getRoom().setMaxChars(1_000);
            room.desk.limitsChanged();
            return null;
        });
        String long900 = "é".repeat(900); // two bytes each in UTF-8: 1,800 bytes of text, still under the new limit
        assertEquals(200, room.post(room.api("items"), PHONE, note("limit-key-0003", long900, "inwoners")).statusCode());
        // Phones at once: the cap holds for the next phone.
        room.onOwner(() -> {
            room.session.getRoom().setMaxDevices(1);
            room.desk.limitsChanged();
            return null;
        });
        HttpResponse<String> full = room.http.send(HttpRequest.newBuilder(URI.create(room.api("state")))
                .header("X-Labtafel-Device", "phone-new-000002").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, full.statusCode());
        assertEquals("roomFull", json(full).get("error").asText());
    }

    @Test
    void dotsFollowTheVotingRulesAndStayHiddenUntilVotingCloses() throws Exception {
        start(RoomLimits.defaults());
        room.onOwner(() -> {
            room.session.getThemes().add(new Theme("t-a", "Taal"));
            room.session.getThemes().add(new Theme("t-b", "Wonen"));
            room.session.getThemes().get(1).setVotes(2); // dots the facilitator placed by hand
            room.session.setVotesPerParticipant(3);
            return null;
        });
        String ballot = "{\"ballot\":\"ballot-0001\",\"themes\":[\"t-a\",\"t-a\",\"t-b\"]}";
        assertEquals("wrongPhase", json(room.post(room.api("ballot"), PHONE, ballot)).get("error").asText());
        room.phase(PhaseKind.THEMES);
        assertEquals(200, room.post(room.api("ballot"), PHONE, ballot).statusCode());
        assertEquals("tooManyDots", json(room.post(room.api("ballot"), PHONE,
                "{\"ballot\":\"ballot-0001\",\"themes\":[\"t-a\",\"t-a\",\"t-b\",\"t-b\"]}")).get("error").asText());
        assertEquals("unknownTheme", json(room.post(room.api("ballot"), PHONE,
                "{\"ballot\":\"ballot-0001\",\"themes\":[\"t-zz\"]}")).get("error").asText());
        // a change of mind replaces the ballot
        assertEquals(200, room.post(room.api("ballot"), PHONE, "{\"ballot\":\"ballot-0001\",\"themes\":[\"t-a\",\"t-b\"]}")
                .statusCode());
        assertEquals(200, room.post(room.api("ballot"), "phone-other-02", "{\"ballot\":\"ballot-0002\",\"themes\":[\"t-a\"]}")
                .statusCode());

        JsonNode open = json(room.get(room.api("state?ballot=ballot-0001")));
        assertTrue(open.get("themes").get(0).get("votes").isNull(), "no counts while voting is open");
        assertTrue(open.get("themes").get(1).get("votes").isNull());
        assertEquals(List.of("t-a", "t-b"), List.of(open.get("myBallot").get(0).asText(), open.get("myBallot").get(1).asText()));
        assertEquals(2, room.recovered().getRoom().getBallots().size(), "ballots are in the autosave");
        // The room's screen counts the open dots live (the facilitator's default), the session's own counts do not
        // change before the close; with the switch off the screen waits for the close too.
        Session onScreen = room.onOwner(() -> RoomVotes.onScreen(room.session));
        assertEquals(List.of(2, 3), onScreen.getThemes().stream().map(Theme::getVotes).toList());
        assertEquals(List.of(0, 2), room.onOwner(() -> room.session.getThemes().stream().map(Theme::getVotes).toList()));
        room.onOwner(() -> {
            room.session.getRoom().setDotsHiddenUntilClosed(true);
            return null;
        });
        assertEquals(List.of(0, 2), room.onOwner(() -> RoomVotes.onScreen(room.session)).getThemes().stream()
                .map(Theme::getVotes).toList());
        room.onOwner(() -> {
            room.session.getRoom().setDotsHiddenUntilClosed(false);
            return null;
        });

        RoomVotes close = room.onOwner(() -> {
            RoomVotes votes = RoomVotes.close(room.session);
            votes.apply();
            return votes;
        });
        JsonNode closed = json(room.get(room.api("state")));
        assertEquals(2, closed.get("themes").get(0).get("votes").asInt());
        assertEquals(3, closed.get("themes").get(1).get("votes").asInt());
        assertEquals("votingClosed", json(room.post(room.api("ballot"), PHONE, ballot)).get("error").asText());
        room.onOwner(() -> {
            close.revert();
            return null;
        });
        assertEquals(2, room.onOwner(() -> room.session.getThemes().get(1).getVotes()), "undo takes the room's dots off");
    }

    @Test
    void afterStopNothingListensAndARestartFromTheRecoveryFileKeepsUrlAndItems() throws Exception {
        start(RoomLimits.defaults());
        room.phase(PhaseKind.INVENTORY);
        assertEquals(200, room.post(room.api("items"), PHONE, note("item-stop-0001", "Voor de stop", "inwoners")).statusCode());
        int port = room.server.port();
        room.server.stop();
        assertFalse(room.server.running());
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());

        // The app restarts: the session comes back from the recovery file, with the same secret and port.
        Session restored = room.recovered();
        assertEquals(room.secret, restored.getRoom().getSecret());
        room.close();
        RoomFixture again = new RoomFixture(dir.resolve("..").resolve(dir.getFileName()), restored, RoomLimits.defaults());
        room = again;
        again.server.stop();
        again.server.start("127.0.0.1", port, again.secret, again.code);
        assertEquals(port, again.server.port(), "same port, so the same QR code");
        assertEquals(room.secret, restored.getRoom().getSecret());
        HttpResponse<String> retry = again.post(again.api("items"), PHONE, note("item-stop-0001", "Voor de stop", "inwoners"));
        assertEquals(200, retry.statusCode());
        assertEquals(1, again.onOwner(() -> again.session.getRoom().getInbox().size()), "the retry after restart is no duplicate");
        assertNotEquals(0, again.server.startTime().toNanos());
    }

    @Test
    void aFailedSaveTellsThePhoneToRetryAndTheRetryIsStillOneItem() throws Exception {
        start(RoomLimits.defaults());
        room.phase(PhaseKind.INVENTORY);
        Path blocked = dir.resolve("no-such-folder").resolve("x.json.recovery");
        room.autosaver.setRecoveryFile(blocked);
        HttpResponse<String> failed = room.post(room.api("items"), PHONE, note("item-fail-0001", "Bewaar mij", "inwoners"));
        assertEquals(503, failed.statusCode());
        assertEquals("notSaved", json(failed).get("error").asText());
        room.autosaver.setRecoveryFile(RecoveryFiles.recoveryOf(room.sessionFile));
        assertEquals(200, room.post(room.api("items"), PHONE, note("item-fail-0001", "Bewaar mij", "inwoners")).statusCode());
        assertEquals(1, room.recovered().getRoom().getInbox().size());
        assertEquals(RoomItemStatus.PENDING, room.recovered().getRoom().getReceipts().get("item-fail-0001"));
    }
}
