package nl.labtafel.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.UiSettings;

/** The JavaFX application: hands the stage to the composition root ({@link AppShell}). */
public final class LabtafelApp extends Application {
    private AppShell shell;

    public static void launchApp(String[] args) {
        Application.launch(LabtafelApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BackgroundTasks background = new BackgroundTasks();
        shell = new AppShell(stage, AppPaths.detect(), new UiSettings(UiSettings.defaultFile(), background.executor()),
                background, Workspaces.standard(), getHostServices()::showDocument);
        new UnexpectedFailures(stage, shell::messages, shell::window).install();
        shell.start(getParameters().getRaw());
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
    }
}
