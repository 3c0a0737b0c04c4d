package nl.labtafel;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where sessions and templates live. From the source tree (or a jar run there) that is the repo's own
 * {@code sessions/} and {@code templates/}; {@code -Dlabtafel.home=DIR} points elsewhere.
 */
public final class AppPaths {
    private final Path home;

    public AppPaths(Path home) {
        this.home = home.toAbsolutePath().normalize();
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
        return new AppPaths(Path.of(""));
    }

    public Path home() {
        return home;
    }

    public Path sessions() {
        return home.resolve("sessions");
    }

    public Path templates() {
        return home.resolve("templates");
    }

    public Path defaultTemplate() {
        return templates().resolve("lab-sessie.json");
    }
}
