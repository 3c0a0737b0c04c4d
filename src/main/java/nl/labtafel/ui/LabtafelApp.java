package nl.labtafel.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.UiSettings;

/** The JavaFX application: hands the stage to the composition root ({@link AppShell}). */
public final class LabtafelApp extends Application {
    /**
     * What {@link #launchApp} began before the toolkit: JavaFX makes the Application instance itself, so
     * this is the one way to hand it over (set once, before launch; read once, in start).
     */
    private static volatile EarlyStart early;
    private AppShell shell;

    /** Starts the app; the log file's set-up and the sessions folder are done on {@link EarlyStart}'s thread. */
    public static void launchApp(String[] args) {
        early = EarlyStart.begin();
        Application.launch(LabtafelApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BackgroundTasks background = new BackgroundTasks();
        EarlyStart begun = early != null ? early : EarlyStart.begin();
        shell = new AppShell(stage, begun.paths(), new UiSettings(UiSettings.defaultFile(), background.executor()),
                background, Workspaces.standard(), getHostServices()::showDocument);
        new UnexpectedFailures(stage, shell::messages, shell::window).install();
        shell.start(getParameters().getRaw(), begun);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
    }
}
