package nl.labtafel.room;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.labtafel.io.Autosaver;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.SessionStore;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;

/**
 * A real room server on loopback over a real session: an "owner" thread stands in for the FX thread, a
 * real autosaver writes the recovery file, and requests go through Java's HttpClient. Loopback only.
 */
final class RoomFixture implements AutoCloseable {
    final Session session;
    final Path sessionFile;
    final ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "owner"));
    final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "io"));
    final SessionStore store = new SessionStore();
    final Autosaver autosaver;
    final SessionDesk desk;
    final RoomServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    final String secret;
    final String code;

    RoomFixture(Path dir, RoomLimits limits) throws Exception {
        this(dir, new TemplateStore().newSession(Path.of("templates/lab-sessie.json"), "Zaal <b>test</b>",
                LocalDate.of(2026, 11, 30)), limits);
    }

    RoomFixture(Path dir, Session session, RoomLimits limits) throws Exception {
        this.session = session;
        this.sessionFile = dir.resolve("sessie.json");
        store.save(session, sessionFile);
        autosaver = new Autosaver(store, io, owner, session::copy, Duration.ofSeconds(1), r -> { });
        autosaver.setRecoveryFile(RecoveryFiles.recoveryOf(sessionFile));
        desk = new SessionDesk(session, owner, autosaver::persistNow, limits, Clock.systemUTC());
        var room = onOwner(desk::room);
        secret = room.getSecret();
        code = room.getCode();
        server = new RoomServer(desk);
        server.start("127.0.0.1", 0, secret, code);
    }

    <T> T onOwner(Callable<T> work) throws Exception {
        return owner.submit(work).get(10, TimeUnit.SECONDS);
    }

    void phase(PhaseKind kind) throws Exception {
        onOwner(() -> {
            Phase phase = session.getPhases().stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
            session.setCurrentPhaseId(phase.getId());
            return null;
        });
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String api(String call) {
        return base() + "/r/" + secret + "/api/" + call;
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, String device, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-Labtafel-Device", device).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    Session recovered() throws Exception {
        return store.load(RecoveryFiles.recoveryOf(sessionFile));
    }

    @Override
    public void close() {
        server.stop();
        autosaver.close();
        owner.shutdownNow();
        io.shutdownNow();
    }
}
