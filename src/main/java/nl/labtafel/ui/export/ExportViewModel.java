package nl.labtafel.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.labtafel.export.ExportException;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.ExportTargets;
import nl.labtafel.export.InventoryGrouping;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.Dialogs;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.TaskRunner;
import nl.labtafel.ui.common.UiSettings;

/**
 * What the export dialog will do, without a window: the choices (which documents, where, template,
 * language, options), asking before replacing files, running the export in the background with
 * progress, and what was written. The dialog binds to it; a unit test drives it with its own
 * {@link Dialogs} and an in-line {@link TaskRunner}.
 */
public final class ExportViewModel {
    /** A file field of the dialog, with what its chooser asks for. */
    public enum FileField { MINUTES, ACTIONS, EXCEL, TEMPLATE }

    private final SessionContext context;
    private final Messages m;
    private final Dialogs dialogs;
    private final TaskRunner tasks;
    private final ExportService service;
    private final BooleanProperty minutes = new SimpleBooleanProperty(this, "minutes", true);
    private final BooleanProperty actions = new SimpleBooleanProperty(this, "actions");
    private final BooleanProperty excel = new SimpleBooleanProperty(this, "excel");
    private final StringProperty minutesFile = new SimpleStringProperty(this, "minutesFile");
    private final StringProperty actionsFile = new SimpleStringProperty(this, "actionsFile");
    private final StringProperty excelFile = new SimpleStringProperty(this, "excelFile");
    private final StringProperty template = new SimpleStringProperty(this, "template");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<InventoryGrouping> appendix =
            new SimpleObjectProperty<>(this, "appendix", InventoryGrouping.NONE);
    private final BooleanProperty canvasTables = new SimpleBooleanProperty(this, "canvasTables");
    private final BooleanProperty picture = new SimpleBooleanProperty(this, "picture");
    private final BooleanProperty names = new SimpleBooleanProperty(this, "names");
    /** The room's pictures the minutes would get; -1 until counted (in the background). */
    private final ReadOnlyIntegerWrapper picturePages = new ReadOnlyIntegerWrapper(this, "picturePages", -1);
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final BooleanProperty contents = new SimpleBooleanProperty(this, "contents");
    private final BooleanProperty byDueDate = new SimpleBooleanProperty(this, "byDueDate");
    private final UiSettings settings;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Path> written = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh one per call would listen weakly and could be collected. */
    private final ObservableList<Path> writtenView = FXCollections.unmodifiableObservableList(written);

    /** @param settings remembers the organiser's name (the documents' author) for the next export */
    public ExportViewModel(SessionContext context, UiSettings settings, Dialogs dialogs, TaskRunner tasks,
                           ExportService service) {
        this.context = context;
        this.settings = settings;
        this.m = context.messages();
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.service = service;
        ExportDefaults defaults = new ExportDefaults(context);
        actions.set(!context.session().getActions().isEmpty());
        minutesFile.set(defaults.minutesFile().toString());
        actionsFile.set(defaults.actionsFile().toString());
        excelFile.set(defaults.excelFile().toString());
        template.set(defaults.minutesTemplate().toString());
        language.set(context.session().language());
        picture.set(!context.session().getNotes().isEmpty() || !context.session().getThemes().isEmpty());
        author.set(settings.organiser());
        countPictures();
        language.addListener((obs, was, now) -> countPictures());
    }

    /**
     * Counts the room's pictures for the checkbox ("4 pagina's"): a 1,000-note session gets over a hundred, which
     * an organiser wants to know before ticking them into the minutes. Laid out on the background thread.
     */
    private void countPictures() {
        Session snapshot = context.session().copy();
        Language counted = language.get();
        picturePages.set(-1);
        tasks.run(() -> service.pictureCount(snapshot, counted), n -> {
            if (counted == language.get()) {
                picturePages.set(n);
            }
        }, e -> {
            // The count is only a hint beside the checkbox: without it the export itself still says what failed.
            System.getLogger(ExportViewModel.class.getName()).log(System.Logger.Level.WARNING,
                    "could not count the room's pictures", e);
            picturePages.set(-1);
        });
    }

    public ReadOnlyIntegerProperty picturePagesProperty() {
        return picturePages.getReadOnlyProperty();
    }

    /** Lets the user pick the file of a field; a cancelled chooser leaves the field as it was. */
    public void choose(FileField field) {
        StringProperty target = file(field);
        boolean sheet = field == FileField.EXCEL;
        Dialogs.FileRequest request = new Dialogs.FileRequest(field != FileField.TEMPLATE,
                m.get("exportDialog.title"), m.get(sheet ? "exportDialog.excelFiles" : "exportDialog.wordFiles"),
                sheet ? List.of("*.xlsx") : List.of("*.docx", "*.dotx"), path(target.get()));
        dialogs.chooseFile(request).ifPresent(p -> target.set(p.toAbsolutePath().toString()));
    }

    /**
     * Exports what is ticked: asks before replacing existing files, then renders every document and only
     * then writes them, in the background; {@link #writtenFiles()} and the status tell how it went.
     */
    public void export() {
        if (running.get()) {
            return;
        }
        Path minutesOut = minutes.get() ? path(minutesFile.get()) : null;
        Path actionsOut = actions.get() ? path(actionsFile.get()) : null;
        Path excelOut = excel.get() ? path(excelFile.get()) : null;
        ExportTargets targets = new ExportTargets(minutesOut, actionsOut, excelOut, sessionFileName());
        if (targets.isEmpty()) {
            status.set(m.get("exportDialog.nothing"));
            return;
        }
        List<Path> existing = Stream.of(minutesOut, actionsOut, excelOut)
                .filter(p -> p != null && Files.exists(p)).toList();
        if (!existing.isEmpty() && !dialogs.confirm(m.get("exportDialog.title"),
                m.format("exportDialog.overwrite", String.join("\n", existing.stream().map(Path::toString).toList())),
                m.get("exportDialog.replace"), m.get("exportDialog.cancel"))) {
            return;
        }
        ExportOptions options = ExportOptions.defaults().withLanguage(language.get())
                .withInventoryAppendix(appendix.get()).withCanvasTables(canvasTables.get())
                .includingNames(names.get()).withMinutesTemplate(path(template.get()))
                .withAuthor(author.get().strip()).withTableOfContents(contents.get())
                .withActionsByDueDate(byDueDate.get());
        settings.setOrganiser(author.get().strip());
        ExportJob job = new ExportJob(service, context.session().copy(), options, targets,
                picture.get() && minutesOut != null);
        running.set(true);
        written.clear();
        progress.set(0);
        status.set(m.get("exportDialog.running"));
        tasks.run(() -> job.run(f -> tasks.later(() -> progress.set(f))), this::succeeded, this::failed);
    }

    public void open(Path file) {
        dialogs.openDocument(file);
    }

    /** Opens the folder of the first written document. */
    public void openFolder() {
        if (!written.isEmpty()) {
            dialogs.openDocument(written.get(0).toAbsolutePath().getParent());
        }
    }

    private void succeeded(List<Path> files) {
        running.set(false);
        progress.set(1);
        written.setAll(files);
        status.set(m.format("exportDialog.done", String.join("\n", files.stream().map(Path::toString).toList())));
    }

    private void failed(Throwable error) {
        running.set(false);
        progress.set(-1);
        status.set(error instanceof ExportException e ? String.join("\n", e.describe(m))
                : m.format("exportDialog.failed", String.valueOf(error.getMessage())));
    }

    private String sessionFileName() {
        Path file = context.fileProperty().get();
        return file == null ? "" : file.getFileName().toString();
    }

    private StringProperty file(FileField field) {
        return switch (field) {
            case MINUTES -> minutesFile;
            case ACTIONS -> actionsFile;
            case EXCEL -> excelFile;
            case TEMPLATE -> template;
        };
    }

    private static Path path(String text) {
        return Path.of(text == null ? "" : text.strip());
    }

    public BooleanProperty minutesProperty() {
        return minutes;
    }

    public BooleanProperty actionsProperty() {
        return actions;
    }

    public BooleanProperty excelProperty() {
        return excel;
    }

    public StringProperty fileProperty(FileField field) {
        return file(field);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<InventoryGrouping> appendixProperty() {
        return appendix;
    }

    public BooleanProperty canvasTablesProperty() {
        return canvasTables;
    }

    public BooleanProperty pictureProperty() {
        return picture;
    }

    public BooleanProperty namesProperty() {
        return names;
    }

    /** The organiser, written as the documents' author; empty keeps the template's. */
    public StringProperty authorProperty() {
        return author;
    }

    public BooleanProperty contentsProperty() {
        return contents;
    }

    public BooleanProperty byDueDateProperty() {
        return byDueDate;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while and after an export; -1 when there is nothing to show (none yet, or it failed). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The files the last export wrote, in order; empty before and after a failed one. */
    public ObservableList<Path> writtenFiles() {
        return writtenView;
    }
}
