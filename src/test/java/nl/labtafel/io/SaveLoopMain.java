package nl.labtafel.io;

import java.nio.file.Path;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;

/** Child process of {@link KilledDuringSaveTest}: saves two versions of a session in turn until killed. */
public final class SaveLoopMain {

    private SaveLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int notes = Integer.parseInt(args[1]);
        Session[] versions = {SessionFixtures.generated(notes, 1), SessionFixtures.generated(notes, 2)};
        SessionStore store = new SessionStore();
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            store.save(versions[i % 2], file);
        }
    }
}
