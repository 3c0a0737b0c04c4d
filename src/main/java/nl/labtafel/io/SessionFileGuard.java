package nl.labtafel.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What an open window knows about its session file: the lock it holds (or who holds it instead: then the
 * window is read-only and saves to a copy), and the stamp of what it loaded or last saved, which every save
 * checks first. Blocking I/O: call from the background executor. Handed from window to window when the
 * interface is rebuilt (a language switch), released when the session closes.
 */
public final class SessionFileGuard implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SessionFileGuard.class.getName());

    private volatile Path file;
    private volatile FileStamp stamp;
    private volatile SessionLock lock;
    private volatile SessionLock.Owner heldBy;

    private SessionFileGuard(Path file, FileStamp stamp) {
        this.file = file;
        this.stamp = stamp;
    }

    /**
     * Takes the lock of {@code file}. {@code stamp} is what was loaded ({@link FileStamp#ABSENT} for a session
     * not yet saved). A folder where no lock file can be made (read-only, odd share) gives no lock: saving there
     * fails on its own with a clear message.
     */
    public static SessionFileGuard open(Path file, FileStamp stamp) {
        SessionFileGuard guard = new SessionFileGuard(file, stamp);
        guard.lockFile(file);
        return guard;
    }

    /** A guard that checks the stamp but holds no lock (tests, and sessions whose folder cannot hold one). */
    public static SessionFileGuard unlocked(Path file, FileStamp stamp) {
        return new SessionFileGuard(file, stamp);
    }

    private void lockFile(Path target) {
        try {
            SessionLock.Attempt attempt = SessionLock.acquire(target);
            if (attempt instanceof SessionLock.Acquired acquired) {
                lock = acquired.lock();
                heldBy = null;
            } else if (attempt instanceof SessionLock.HeldElsewhere held) {
                lock = null;
                heldBy = held.owner();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "no lock file beside " + target, e);
        }
    }

    /** Someone else has the file: this window must not write it (nor its recovery file). */
    public boolean readOnly() {
        return heldBy != null;
    }

    public Optional<SessionLock.Owner> heldBy() {
        return Optional.ofNullable(heldBy);
    }

    public Path file() {
        return file;
    }

    /** What the next save expects to find on disk. */
    public FileStamp expected() {
        return stamp;
    }

    /** Whether {@code target} (a Save-as choice) is open in another instance: never write over that. */
    public static Optional<SessionLock.Owner> openElsewhere(Path target) {
        Optional<SessionLock.Owner> owner = SessionLock.read(SessionLock.lockFileOf(target.toAbsolutePath()));
        return owner.filter(o -> !SessionLock.isStale(o, SessionLock.lockFileOf(target), Clock.systemUTC()));
    }

    /** After a save to the same file: the new stamp. After a save to another file: that file's lock too. */
    public synchronized void saved(Path target, FileStamp written) {
        if (!target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            release();
            file = target;
            lockFile(target);
        } else if (heldBy != null && lock == null) {
            lockFile(target); // a read-only window saved over the file after all (it was freed meanwhile)
        }
        stamp = written;
    }

    /** Renews the lock's heartbeat (every {@link SessionLock#HEARTBEAT}). */
    public void beat() {
        SessionLock held = lock;
        if (held != null) {
            held.beat();
        }
    }

    private void release() {
        SessionLock held = lock;
        lock = null;
        heldBy = null;
        if (held != null) {
            held.close();
        }
    }

    /** The session is closed: the lock goes, so another instance may open the file. */
    @Override
    public synchronized void close() {
        release();
    }

    /** The lock file's path, for tests and the log. */
    public Optional<Path> lockFile() {
        SessionLock held = lock;
        return held == null ? Optional.empty() : Optional.of(held.file());
    }

    /** A name for the copy a read-only window saves to: {@code NAME (kopie).json}, never an existing file. */
    public static Path copyOf(Path file, String copyWord) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path copy = file.resolveSibling(base + " (" + copyWord + ").json");
        for (int n = 2; Files.exists(copy) || Files.exists(RecoveryFiles.recoveryOf(copy)); n++) {
            copy = file.resolveSibling(base + " (" + copyWord + " " + n + ").json");
        }
        return copy;
    }
}
