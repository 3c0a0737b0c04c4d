package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    private final SessionStore store = new SessionStore();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @Test
    void aBurstOfChangesIsWrittenOnceToTheRecoveryFile() throws Exception {
        Session session = SessionFixtures.generated(10, 1);
        Path sessionFile = dir.resolve("s.json");
        store.save(session, sessionFile);
        AtomicInteger snapshots = new AtomicInteger();
        LinkedBlockingQueue<Autosaver.Result> results = new LinkedBlockingQueue<>();
        Autosaver autosaver = new Autosaver(store, io, Runnable::run, () -> {
            snapshots.incrementAndGet();
            return session.copy();
        }, Duration.ofMillis(200), results::add);
        autosaver.setRecoveryFile(RecoveryFiles.recoveryOf(sessionFile));
        for (int i = 0; i < 10; i++) {
            session.getHeader().setTitle("Titel " + i);
            autosaver.changed();
        }
        Autosaver.Result result = results.poll(5, TimeUnit.SECONDS);
        assertNull(result.error());
        assertEquals(1, snapshots.get(), "debounced into one write");
        Path recovery = RecoveryFiles.recoveryOf(sessionFile);
        assertEquals("Titel 9", store.load(recovery).getHeader().getTitle());
        Files.setLastModifiedTime(recovery, FileTime.fromMillis(
                Files.getLastModifiedTime(sessionFile).toMillis() + 5_000));
        assertEquals(recovery, RecoveryFiles.newerRecovery(sessionFile).orElseThrow());
        assertEquals(List.of(recovery), RecoveryFiles.pending(dir));
        assertEquals("Gegenereerde LAB 10", store.load(sessionFile).getHeader().getTitle(), "session untouched");
    }

    @Test
    void flushWritesPendingChangesAtOnce() throws Exception {
        Session session = SessionFixtures.generated(5, 2);
        Path recovery = dir.resolve("s.json" + RecoveryFiles.SUFFIX);
        Autosaver autosaver = new Autosaver(store, io, Runnable::run, session::copy, Duration.ofHours(1), r -> { });
        autosaver.setRecoveryFile(recovery);
        session.setIntroduction("Net getypt");
        autosaver.changed();
        autosaver.flush(session.copy());
        assertTrue(Files.exists(recovery));
        assertEquals("Net getypt", store.load(recovery).getIntroduction());
    }

    @Test
    void typingWithoutPauseStillGetsARecoveryFileWithinTheMaximumWait() throws Exception {
        Session session = SessionFixtures.generated(5, 3);
        Path recovery = dir.resolve("s.json" + RecoveryFiles.SUFFIX);
        LinkedBlockingQueue<Autosaver.Result> results = new LinkedBlockingQueue<>();
        Autosaver autosaver = new Autosaver(store, io, Runnable::run, session::copy, Duration.ofMillis(300),
                Duration.ofMillis(800), results::add);
        autosaver.setRecoveryFile(recovery);
        long start = System.nanoTime();
        // A keystroke every 100 ms: the quiet-time debounce alone would never fire while this goes on.
        // (The wait is generous: on a loaded machine the forced write itself can take a second.)
        while (results.isEmpty() && System.nanoTime() - start < 15_000_000_000L) {
            session.setIntroduction("Getypt tot " + (System.nanoTime() - start) / 1_000_000);
            autosaver.changed();
            Thread.sleep(100);
        }
        autosaver.close();
        assertTrue(!results.isEmpty(), "a recovery file while typing went on");
        assertNull(results.peek().error());
        assertTrue(store.load(recovery).getIntroduction().startsWith("Getypt tot "));
    }

    @Test
    void aClosedAutosaverIsInert() throws Exception {
        Session session = SessionFixtures.generated(5, 4);
        Path recovery = dir.resolve("s.json" + RecoveryFiles.SUFFIX);
        LinkedBlockingQueue<Autosaver.Result> results = new LinkedBlockingQueue<>();
        Autosaver autosaver = new Autosaver(store, io, Runnable::run, session::copy, Duration.ofMillis(50), results::add);
        autosaver.setRecoveryFile(recovery);
        autosaver.changed();
        autosaver.close();
        autosaver.changed();
        Thread.sleep(400);
        assertTrue(results.isEmpty());
        assertTrue(Files.notExists(recovery), "nothing written after close");
    }
}
