package nl.labtafel.io;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * One writer per session file. Opening a session takes {@code NAME.json.lock} beside it: a small text file with
 * host, process, user and times that any other Labtafel sees, on this computer or on another one sharing the
 * folder, plus an operating-system lock on it while it is held (where the file system offers one). A second
 * instance finds the lock and opens read-only. A lock left by a crash is recognised as stale and taken over:
 * on the same host when its process is gone, anywhere when its heartbeat (rewritten every
 * {@link #HEARTBEAT}) is older than {@link #STALE}. Plain files and NIO only: no JavaFX, nothing OS-specific.
 */
public final class SessionLock implements AutoCloseable {
    public static final String SUFFIX = ".lock";
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    public static final Duration STALE = Duration.ofMinutes(3);
    private static final System.Logger LOG = System.getLogger(SessionLock.class.getName());

    /** Who holds (or held) a lock: what the read-only banner tells. */
    public record Owner(String host, long pid, String user, Instant since, Instant heartbeat, String token) {
    }

    /** The outcome of {@link #acquire}: either this instance's lock, or the owner that holds it. */
    public sealed interface Attempt permits Acquired, HeldElsewhere {
    }

    public record Acquired(SessionLock lock, Optional<Owner> tookOverFrom) implements Attempt {
    }

    public record HeldElsewhere(Owner owner) implements Attempt {
    }

    private final Path lockFile;
    private final Owner me;
    private final Clock clock;
    private FileChannel channel;
    private FileLock osLock;
    private boolean released;

    private SessionLock(Path lockFile, Owner me, Clock clock) {
        this.lockFile = lockFile;
        this.me = me;
        this.clock = clock;
    }

    public static Path lockFileOf(Path session) {
        return session.resolveSibling(session.getFileName() + SUFFIX);
    }

    public static Attempt acquire(Path session) throws IOException {
        return acquire(session, Clock.systemUTC());
    }

    /** Takes the lock of {@code session}, or says who holds it. The session file itself is not touched. */
    public static Attempt acquire(Path session, Clock clock) throws IOException {
        Path lockFile = lockFileOf(session.toAbsolutePath());
        Instant now = clock.instant();
        Owner me = new Owner(hostName(), ProcessHandle.current().pid(), System.getProperty("user.name", "?"), now, now,
                UUID.randomUUID().toString());
        Optional<Owner> previous = Optional.empty();
        for (int attempt = 0; attempt < 3; attempt++) {
            SessionLock lock = new SessionLock(lockFile, me, clock);
            if (lock.create()) {
                return new Acquired(lock, previous);
            }
            Optional<Owner> holder = read(lockFile);
            if (holder.isEmpty()) {
                // Half-written by an instance that is creating it right now, or damaged: a lock only while young.
                if (isYoung(lockFile, clock)) {
                    return new HeldElsewhere(new Owner("?", -1, "?", now, now, ""));
                }
            } else if (!isStale(holder.get(), lockFile, clock)) {
                return new HeldElsewhere(holder.get());
            }
            LOG.log(System.Logger.Level.INFO, "taking over stale lock " + lockFile + " of " + holder.orElse(null));
            previous = holder;
            Files.deleteIfExists(lockFile);
        }
        return new HeldElsewhere(read(lockFile).orElse(new Owner("?", -1, "?", now, now, "")));
    }

    /** Creates the lock file exclusively (CREATE_NEW: of two instances racing, one wins) and locks it. */
    private boolean create() throws IOException {
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        try {
            osLock = channel.tryLock(0, Long.MAX_VALUE, true);
        } catch (IOException | UnsupportedOperationException | OverlappingFileLockException e) {
            // Some network shares have no locks: the lock file's content and heartbeat still work.
            LOG.log(System.Logger.Level.DEBUG, "no operating-system lock on " + lockFile, e);
        }
        writeContent(me);
        return true;
    }

    private void writeContent(Owner owner) throws IOException {
        String text = "# Labtafel: this session is open in a Labtafel window. Deleted when it closes.\n"
                + "host=" + owner.host() + "\npid=" + owner.pid() + "\nuser=" + owner.user() + "\nsince=" + owner.since()
                + "\nheartbeat=" + owner.heartbeat() + "\ntoken=" + owner.token() + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        channel.truncate(0);
        channel.position(0);
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    /** Rewrites the heartbeat, so instances on other computers see the lock is alive. Call every {@link #HEARTBEAT}. */
    public synchronized void beat() {
        if (released) {
            return;
        }
        try {
            if (!Files.exists(lockFile)) {
                LOG.log(System.Logger.Level.WARNING, "lock file " + lockFile + " was removed by someone else");
            }
            writeContent(new Owner(me.host(), me.pid(), me.user(), me.since(), clock.instant(), me.token()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot renew lock " + lockFile, e);
        }
    }

    /** Whether the lock file still carries this instance's token (nobody took it over, e.g. after a long sleep). */
    public boolean stillMine() {
        return read(lockFile).map(o -> o.token().equals(me.token())).orElse(false);
    }

    public Path file() {
        return lockFile;
    }

    /** Releases the OS lock and deletes the lock file, if it is still this instance's. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        boolean mine = stillMine();
        try {
            if (osLock != null) {
                osLock.release();
            }
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot release lock " + lockFile, e);
        }
        try {
            if (mine) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete lock " + lockFile, e);
        }
    }

    static Optional<Owner> read(Path lockFile) {
        try {
            if (!Files.isRegularFile(lockFile) || Files.size(lockFile) > 4096) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(lockFile, StandardCharsets.UTF_8)));
            return Optional.of(new Owner(p.getProperty("host", "?"), Long.parseLong(p.getProperty("pid", "-1")),
                    p.getProperty("user", "?"), Instant.parse(p.getProperty("since")),
                    Instant.parse(p.getProperty("heartbeat")), p.getProperty("token", "")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "unreadable lock file " + lockFile, e);
            return Optional.empty();
        }
    }

    /**
     * A lock is stale when its process is gone (same host) or its heartbeat stopped (any host). On the same host
     * a live process keeps its lock however old the heartbeat (a laptop that slept).
     */
    static boolean isStale(Owner owner, Path lockFile, Clock clock) {
        if (owner.host().equals(hostName()) && owner.pid() > 0) {
            return ProcessHandle.of(owner.pid()).map(p -> !p.isAlive()).orElse(true);
        }
        return owner.heartbeat().plus(STALE).isBefore(clock.instant());
    }

    private static boolean isYoung(Path lockFile, Clock clock) {
        try {
            return Files.getLastModifiedTime(lockFile).toInstant().plus(Duration.ofSeconds(10)).isAfter(clock.instant());
        } catch (IOException e) {
            return false;
        }
    }

    private static volatile String hostName;

    static String hostName() {
        if (hostName == null) {
            hostName = lookUpHostName();
        }
        return hostName;
    }

    private static String lookUpHostName() {
        String env = System.getenv(System.getProperty("os.name", "").startsWith("Windows") ? "COMPUTERNAME" : "HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }
}
