package nl.labtafel.io;

import java.nio.file.Path;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;

/**
 * Child process of {@link KilledDuringSaveTest}: saves two versions of a session in turn until killed, starting
 * with the one that is not on disk, and says "saved" after each complete save.
 */
public final class SaveLoopMain {

    private SaveLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int notes = Integer.parseInt(args[1]);
        Session[] versions = {SessionFixtures.generated(notes, 1), SessionFixtures.generated(notes, 2)};
        SessionStore store = new SessionStore();
        int first = java.util.Arrays.equals(java.nio.file.Files.readAllBytes(file), store.serialize(versions[0])) ? 1 : 0;
        System.out.println("ready");
        System.out.flush();
        for (int i = first; ; i++) {
            store.save(versions[i % 2], file);
            System.out.println("saved");
            System.out.flush();
        }
    }
}
