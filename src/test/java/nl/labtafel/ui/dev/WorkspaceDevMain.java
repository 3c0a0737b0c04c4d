package nl.labtafel.ui.dev;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.insights.InsightsWorkspace;
import nl.labtafel.ui.inventory.InventoryWorkspace;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;

/**
 * Shows one workspace in a bare window, to look at it under Xvfb before the app shell exists:
 * {@code --file=FILE | --notes=N  --phase=inventory|insights  --size=1280x720  --theme=light|dark
 * --lang=nl|en  --scale=1.0}.
 */
public final class WorkspaceDevMain {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** A launcher that does not extend Application is needed for a classpath launch (JavaFX refuses to start an Application subclass as main class without its modules). */
    public static final class App extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Map<String, String> opts = new HashMap<>(getParameters().getNamed());
        getParameters().getRaw().stream().filter(a -> a.startsWith("--") && a.contains("="))
                .forEach(a -> opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        Session session = opts.containsKey("notes")
                ? SessionFixtures.generated(Integer.parseInt(opts.get("notes")), 7)
                : new SessionStore().load(Path.of(opts.getOrDefault("file", "sessions/arbeidsmigranten-lab-2018-04-24.json")));
        Messages messages = Messages.forLanguage(opts.getOrDefault("lang", "nl"));
        SessionContext context = new SessionContext(session, null, messages, new BackgroundTasks(), AppPaths.detect());
        context.textScaleProperty().set(Double.parseDouble(opts.getOrDefault("scale", "1")));
        Workspace workspace = "insights".equals(opts.get("phase"))
                ? new InsightsWorkspace(context) : new InventoryWorkspace(context);
        String[] size = opts.getOrDefault("size", "1280x720").split("x");
        Scene scene = new Scene((Parent) workspace.view(), Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        // The shell's stylesheets: theme, projector colours and the 24 px root font times the text scale.
        Stylesheets.apply(scene, Look.parse(opts.getOrDefault("theme", "light")),
                context.textScaleProperty().get());
        stage.setScene(scene);
        stage.setTitle("Labtafel dev");
        stage.setX(0);
        stage.setY(0);
        stage.show();
        workspace.activate();
        Platform.runLater(() -> { });
    }
    }
}
