package nl.labtafel.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.ui.audience.Displays;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.UiSettings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A real app shell on a throw-away home folder (templates copied from the project) and settings node. */
final class ShellFixture {
    final Path home;
    final AppPaths paths;
    final Path settingsFile;
    final BackgroundTasks background = new BackgroundTasks();
    AppShell shell;

    /** What the app asked the desktop to open (documents, folders), as URIs. */
    final List<String> opened = new CopyOnWriteArrayList<>();

    ShellFixture() throws IOException {
        home = Files.createTempDirectory("labtafel-ui");
        paths = new AppPaths(home);
        Files.createDirectories(paths.sessions());
        Files.createDirectories(paths.templates());
        Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
        try (var templates = Files.list(project.resolve("templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".docx"))
                    .toList()) {
                Files.copy(t, paths.templates().resolve(t.getFileName()));
            }
        }
        settingsFile = home.resolve("settings.properties");
    }

    void start(Stage stage, List<String> args) {
        start(stage, args, null);
    }

    /** With the screens a test plugs in and pulls out (null: the toolkit's own). */
    void start(Stage stage, List<String> args, Displays displays) {
        shell = new AppShell(stage, paths, new UiSettings(settingsFile, background.executor()), background,
                Workspaces.standard(), opened::add);
        if (displays != null) {
            shell.withDisplays(displays);
        }
        shell.start(args);
    }

    /** Closes what a test left open (dialogs, the session window's timers and autosave), then the executor. */
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> {
            if (shell.window() != null) {
                shell.window().dispose();
                shell.window().fileGuard().close(); // the session file's lock, as closing the session would
            }
        }).get(5, TimeUnit.SECONDS);
        background.close();
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return onFx(condition);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    static boolean onFx(BooleanSupplier condition) {
        if (Platform.isFxApplicationThread()) {
            return condition.getAsBoolean();
        }
        try {
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            e.printStackTrace();
            return false;
        }
    }
}
