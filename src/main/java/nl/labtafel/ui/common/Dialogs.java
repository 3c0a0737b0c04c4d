package nl.labtafel.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The windows a view model may open and the documents it may hand to the desktop, behind one small
 * interface (as JabRef's {@code DialogService}): {@link FxDialogs} shows real JavaFX dialogs, a unit
 * test answers them itself, so what a dialog will do is tested without a screen.
 */
public interface Dialogs {

    /**
     * What a file chooser asks for: a file to write (save) or to read, of one kind, starting at a file
     * (its folder and name) or a folder; {@code initial} may be null.
     */
    record FileRequest(boolean save, String title, String kind, List<String> patterns, Path initial) {
        public FileRequest {
            patterns = List.copyOf(patterns);
        }
    }

    /** The file the user chose; empty when they cancelled. */
    Optional<Path> chooseFile(FileRequest request);

    /** A yes/no question: true only when the user chose {@code yes}. */
    boolean confirm(String title, String message, String yes, String no);

    /** Something went wrong that the user must read and acknowledge. */
    void showError(String title, String message);

    /** Opens a document or a folder in the desktop's own application. */
    void openDocument(Path file);
}
