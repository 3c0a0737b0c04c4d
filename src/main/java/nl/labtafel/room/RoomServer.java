package nl.labtafel.room;

import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded HTTP server of room input (Jetty 12 core: small, no servlets, request and header limits
 * built in). It listens only between {@link #start} and {@link #stop}. The port the session used before is
 * tried first so the printed or projected address stays the same; when it is taken, any free port.
 */
public final class RoomServer implements AutoCloseable {
    /** The port tried first in a new session. */
    public static final int DEFAULT_PORT = 8123;

    /** Jetty's own start and stop lines are noise for a facilitator; its warnings still reach the log. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

    static {
        JETTY_LOG.setLevel(Level.WARNING);
    }

    private final SessionDesk desk;
    private final RoomLimits limits;
    private final PhoneFiles files = new PhoneFiles();
    private Server server;
    private ServerConnector connector;
    private RoomHandler handler;
    private Duration startTime = Duration.ZERO;

    public RoomServer(SessionDesk desk) {
        this.desk = desk;
        this.limits = desk.limits();
    }

    /**
     * Starts listening on {@code host} ("0.0.0.0" for every network of the laptop, "127.0.0.1" in tests),
     * on {@code preferredPort} when it is free, else on any free port (0: any free port at once).
     * Blocking (a few tens of milliseconds): call it off the FX thread.
     */
    public synchronized void start(String host, int preferredPort, String secret, String code) throws IOException {
        if (server != null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            tryStart(host, preferredPort, secret, code);
        } catch (BindException e) {
            stop();
            tryStart(host, 0, secret, code);
        }
        startTime = Duration.ofNanos(System.nanoTime() - t0);
    }

    private void tryStart(String host, int port, String secret, String code) throws IOException {
        QueuedThreadPool pool = new QueuedThreadPool(12, 2);
        pool.setName("labtafel-room");
        pool.setDaemon(true);
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(8 * 1024);
        // Jetty's per-connection header cache costs ~90 KB of garbage for every phone that connects; the page
        // sends a handful of headers, so it saves nothing here.
        http.setHeaderCacheSize(0);
        http.setUriCompliance(UriCompliance.DEFAULT);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        handler = new RoomHandler(desk, files, secret, code);
        // The handler checks the limit in force; this is the hard ceiling whatever the facilitator sets.
        SizeLimitHandler sizeLimit = new SizeLimitHandler(Math.max(RoomLimits.BODY_CEILING, limits.maxBodyBytes()), -1);
        sizeLimit.setHandler(handler);
        server.setHandler(sizeLimit);
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof BindException bind) {
                throw bind;
            }
            throw new IOException(e.getMessage(), e);
        }
    }

    public synchronized boolean running() {
        return server != null && server.isRunning();
    }

    /** The port listened on (valid while running). */
    public synchronized int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    /** How long the last {@link #start} took. */
    public synchronized Duration startTime() {
        return startTime;
    }

    /** Phones seen since the start (memory only). */
    public synchronized int devices() {
        return handler == null ? 0 : handler.limiter().devices();
    }

    /** Size of what a phone downloads: page, style sheet and script. */
    public int phonePageBytes() {
        return files.phonePageBytes();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            System.getLogger(RoomServer.class.getName()).log(System.Logger.Level.WARNING, "Room server stop", e);
        } finally {
            server = null;
            connector = null;
            handler = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
