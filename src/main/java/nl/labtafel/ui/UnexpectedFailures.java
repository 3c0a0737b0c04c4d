package nl.labtafel.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import nl.labtafel.diagnostics.Diagnostics;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.session.SessionWindow;

/**
 * The last resort for a failure nothing handled, on the FX thread (an event handler) or any other: the details
 * go to the log and the clipboard, the open session's recovery file is written, and one calm dialog in the
 * interface language says the work is safe. Installed for every thread at start; never throws itself.
 */
final class UnexpectedFailures implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(UnexpectedFailures.class.getName());

    private final Stage stage;
    private final Supplier<Messages> messages;
    private final Supplier<SessionWindow> window;
    private boolean showing;

    UnexpectedFailures(Stage stage, Supplier<Messages> messages, Supplier<SessionWindow> window) {
        this.stage = stage;
        this.messages = messages;
        this.window = window;
    }

    /** For the FX thread and every thread made later without a handler of its own. */
    void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String report;
        try {
            report = Diagnostics.report(thread, error);
            LOG.log(System.Logger.Level.ERROR, "unexpected failure on thread " + thread.getName(), error);
        } catch (Throwable alsoFailed) {
            return; // nothing more can be done safely (out of memory); the JVM prints its own line
        }
        if (Platform.isFxApplicationThread()) {
            tell(report);
        } else {
            Platform.runLater(() -> tell(report));
        }
    }

    private void tell(String report) {
        try {
            SessionWindow open = window.get();
            if (open != null) {
                open.saveRecoveryNow();
            }
            ClipboardContent details = new ClipboardContent();
            details.putString(report);
            Clipboard.getSystemClipboard().setContent(details);
            if (showing) {
                return; // one dialog at a time: a failure repeating on every pulse must not stack them
            }
            Messages m = messages.get();
            nl.labtafel.ui.look.Stylesheets.wholeTheme(); // a failure on the start screen: its theme is a share
            Alert alert = new Alert(Alert.AlertType.INFORMATION, m.format("crash.text", Diagnostics.logFolder()),
                    ButtonType.OK);
            alert.setTitle(m.get("crash.title"));
            alert.setHeaderText(m.get("crash.header"));
            alert.getDialogPane().setId("crash-dialog");
            nl.labtafel.ui.look.DialogButtons.noCutOff(alert.getDialogPane());
            if (stage.getScene() != null) {
                alert.initOwner(stage);
                alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
            }
            showing = true;
            alert.setOnHidden(e -> showing = false);
            alert.show();
        } catch (Throwable alsoFailed) {
            LOG.log(System.Logger.Level.ERROR, "could not tell about an unexpected failure", alsoFailed);
        }
    }
}
