package nl.labtafel.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionFileException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Messages;
import nl.labtafel.model.Session;

/** Minimal window: loads a session off the FX thread and lists its notes. The live app replaces it. */
public final class LabtafelApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(LabtafelApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forLanguage("nl");
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty()
                ? AppPaths.detect().sessions().resolve("arbeidsmigranten-lab-2018-04-24.json")
                : Path.of(args.get(0));
        Label title = new Label(file.toString());
        ListView<String> notes = new ListView<>();
        BorderPane root = new BorderPane(notes, title, null, null, null);
        stage.setScene(new Scene(root, 1280, 720));
        stage.setTitle("Labtafel");
        stage.show();
        CompletableFuture.supplyAsync(() -> {
            try {
                return new SessionStore().load(file);
            } catch (SessionFileException e) {
                throw new IllegalStateException(String.join("\n", e.describe(messages)), e);
            }
        }).whenComplete((Session session, Throwable error) -> Platform.runLater(() -> {
            if (error != null) {
                title.setText(error.getCause().getMessage());
            } else {
                title.setText(session.getHeader().getTitle());
                session.getNotes().forEach(n -> notes.getItems().add(n.getText()));
            }
        }));
    }
}
