package nl.labtafel.io;

import java.nio.file.Path;

/** Child process of {@link SessionLockTest}: takes a session's lock, says so, and waits to be killed. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        SessionLock.Attempt attempt = SessionLock.acquire(Path.of(args[0]));
        System.out.println(attempt instanceof SessionLock.Acquired ? "locked" : "held");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
