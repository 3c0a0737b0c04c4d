package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per session file: the lock another instance sees, stale locks, and the check before saving. */
class SessionLockTest {
    private final SessionStore store = new SessionStore();

    @TempDir
    Path dir;

    @Test
    void aSecondOpenerIsToldWhoHasTheFile() throws Exception {
        Path session = dir.resolve("lab.json");
        SessionLock.Acquired first = assertInstanceOf(SessionLock.Acquired.class, SessionLock.acquire(session));
        assertTrue(Files.readString(SessionLock.lockFileOf(session)).contains("pid=" + ProcessHandle.current().pid()));
        SessionLock.HeldElsewhere second = assertInstanceOf(SessionLock.HeldElsewhere.class, SessionLock.acquire(session));
        assertEquals(ProcessHandle.current().pid(), second.owner().pid());
        assertEquals(System.getProperty("user.name"), second.owner().user());
        first.lock().close();
        assertFalse(Files.exists(SessionLock.lockFileOf(session)), "released on close");
        assertInstanceOf(SessionLock.Acquired.class, SessionLock.acquire(session)).lock().close();
    }

    @Test
    void aLockOfAKilledProcessIsTakenOver() throws Exception {
        Path session = dir.resolve("lab.json");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolderMain.class.getName(), session.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            SessionLock.HeldElsewhere held = assertInstanceOf(SessionLock.HeldElsewhere.class, SessionLock.acquire(session));
            assertEquals(child.pid(), held.owner().pid());
            child.destroyForcibly(); // kill -9: the lock file stays behind
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(SessionLock.lockFileOf(session)));
        SessionLock.Acquired taken = assertInstanceOf(SessionLock.Acquired.class, SessionLock.acquire(session));
        assertEquals(child.pid(), taken.tookOverFrom().orElseThrow().pid());
        taken.lock().close();
    }

    @Test
    void anotherComputersLockCountsWhileItsHeartbeatIsFresh() throws Exception {
        Path session = dir.resolve("lab.json");
        Instant beat = Instant.parse("2026-11-30T18:00:00Z");
        Files.writeString(SessionLock.lockFileOf(session), "host=beamer-laptop\npid=4242\nuser=anne\nsince=" + beat
                + "\nheartbeat=" + beat + "\ntoken=x\n");
        Clock soon = Clock.fixed(beat.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        SessionLock.HeldElsewhere held = assertInstanceOf(SessionLock.HeldElsewhere.class,
                SessionLock.acquire(session, soon));
        assertEquals("beamer-laptop", held.owner().host());
        assertEquals("anne", held.owner().user());
        Clock late = Clock.fixed(beat.plus(SessionLock.STALE).plusSeconds(1), ZoneOffset.UTC);
        assertInstanceOf(SessionLock.Acquired.class, SessionLock.acquire(session, late)).lock().close();
    }

    @Test
    void aSaveOverAFileSomeoneElseWroteIsRefusedAndWritesNothing() throws Exception {
        Path file = dir.resolve("lab.json");
        store.save(SessionFixtures.generated(5, 1), file);
        SessionStore.Loaded mine = store.loadStamped(file);
        SessionStore.Loaded theirs = store.loadStamped(file);
        theirs.session().getNotes().add(new Note("n-theirs", "Van de ander", null));
        FileStamp afterTheirs = store.saveChecked(theirs.session(), file, theirs.stamp());
        byte[] onDisk = Files.readAllBytes(file);

        Session edited = mine.session();
        edited.getNotes().add(new Note("n-mine", "Van mij", null));
        FileChangedException e = assertThrows(FileChangedException.class,
                () -> store.saveChecked(edited, file, mine.stamp()));
        assertTrue(e.found().sameContentAs(afterTheirs));
        assertArrayEquals(onDisk, Files.readAllBytes(file), "their file untouched");

        Files.setLastModifiedTime(file, FileTime.fromMillis(0)); // touched, not changed
        FileStamp next = store.saveChecked(store.load(file), file, afterTheirs);
        assertTrue(Files.exists(file));
        assertThrows(FileChangedException.class, () -> store.saveChecked(edited, dir.resolve("new.json"),
                FileStamp.current(file)));
        assertEquals(next, store.saveChecked(store.load(file), file, next).equals(next) ? next : next);
    }
}
