package nl.labtafel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where sessions and templates live.
 * <ul>
 * <li>From the source tree (or a jar run there): the repo's own {@code sessions/} and {@code templates/}.
 * <li>{@code -Dlabtafel.home=DIR}: {@code DIR/sessions} and {@code DIR/templates}.
 * <li>The installed app (its launcher sets {@code -Dlabtafel.appDir}): templates and the example session
 * come with the app and are read from there; the user's own sessions go to a per-user folder,
 * {@link UserFolders#sessions()} (Documents/Labtafel or the platform's equivalent).
 * </ul>
 */
public final class AppPaths {
    private final Path sessions;
    private final Path templates;
    private final Path bundledSessions;

    /** Sessions and templates side by side in one folder (the repo, or {@code -Dlabtafel.home}). */
    public AppPaths(Path home) {
        Path dir = home.toAbsolutePath().normalize();
        this.sessions = dir.resolve("sessions");
        this.templates = dir.resolve("templates");
        this.bundledSessions = sessions;
    }

    private AppPaths(Path appDir, Path userSessions) {
        Path dir = appDir.toAbsolutePath().normalize();
        this.sessions = userSessions.toAbsolutePath().normalize();
        this.templates = dir.resolve("templates");
        this.bundledSessions = dir.resolve("sessions");
    }

    /** The layout of the installed app: read-only files in {@code appDir}, sessions in {@code userSessions}. */
    public static AppPaths installed(Path appDir, Path userSessions) {
        return new AppPaths(appDir, userSessions);
    }

    public static AppPaths detect() {
        String configured = System.getProperty("labtafel.home");
        if (configured != null && !configured.isBlank()) {
            return new AppPaths(Path.of(configured));
        }
        String project = System.getProperty("labtafel.projectDir");
        if (project != null && Files.isDirectory(Path.of(project, "templates"))) {
            return new AppPaths(Path.of(project));
        }
        String appDir = System.getProperty("labtafel.appDir");
        if (appDir != null && Files.isDirectory(Path.of(appDir, "templates"))) {
            return installed(Path.of(appDir), UserFolders.sessions());
        }
        return new AppPaths(Path.of(""));
    }

    /** The folder the user's sessions are saved in and listed from (shown on the start screen). */
    public Path sessions() {
        return sessions;
    }

    /** The session templates (in the installed app: the ones that came with it). */
    public Path templates() {
        return templates;
    }

    /** Example sessions that came with the app; the same folder as {@link #sessions()} in the source tree. */
    public Path bundledSessions() {
        return bundledSessions;
    }

    public Path defaultTemplate() {
        return templates().resolve("lab-sessie.json");
    }

    /**
     * Creates a missing sessions folder; on the first run of the installed app it also copies the example
     * sessions into it, so the start screen lists one to try. A folder that exists is left alone
     * (the user may have deleted the example on purpose); an existing file is never overwritten.
     *
     * @return whether the folder was created now
     */
    public boolean prepareSessionsFolder() throws IOException {
        if (Files.isDirectory(sessions)) {
            return false;
        }
        // Also from the source tree or with -Dlabtafel.home=DIR: without the folder the first autosave of a new
        // session failed with "map … bestaat niet" (issue 13's seed run).
        Files.createDirectories(sessions);
        if (!sessions.equals(bundledSessions) && Files.isDirectory(bundledSessions)) {
            try (Stream<Path> examples = Files.list(bundledSessions)) {
                for (Path example : (Iterable<Path>) examples.filter(p -> p.toString().endsWith(".json"))::iterator) {
                    Path target = sessions.resolve(example.getFileName().toString());
                    if (!Files.exists(target)) {
                        Files.copy(example, target);
                    }
                }
            }
        }
        return true;
    }
}
