package nl.labtafel.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.labtafel.AppPaths;
import nl.labtafel.export.ExportService;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.Dialogs;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.TaskRunner;
import nl.labtafel.ui.common.UiSettings;
import nl.labtafel.ui.export.ExportViewModel.FileField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the export dialog does, without a screen: its dialogs answered here, its background work run in line. */
class ExportViewModelTest {
    private static final Messages NL = Messages.forLanguage("nl");
    private static final AppPaths PROJECT = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "")));

    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SessionContext context;
    private UiSettings settings;

    @BeforeEach
    void openTheExample() throws Exception {
        Session session = new SessionStore().load(PROJECT.sessions().resolve("arbeidsmigranten-lab-2018-04-24.json"));
        context = new SessionContext(session, dir.resolve("lab.json"), NL, new BackgroundTasks(), PROJECT);
        settings = new UiSettings(dir.resolve("settings.properties"), Runnable::run);
    }

    private ExportViewModel model(Path templates) {
        return new ExportViewModel(context, settings, dialogs, new InLine(), new ExportService(templates));
    }

    @Test
    void writesEveryTickedDocumentBesideTheSessionAndOffersToOpenThem() {
        ExportViewModel model = model(PROJECT.templates());
        model.excelProperty().set(true);
        model.export();
        List<Path> written = model.writtenFiles();
        assertEquals(List.of("Notulen Arbeidsmigranten LAB.docx", "Actielijst Arbeidsmigranten LAB.docx",
                "Actielijst Arbeidsmigranten LAB.xlsx"), written.stream().map(p -> p.getFileName().toString()).toList());
        written.forEach(p -> assertTrue(Files.exists(p) && p.getParent().equals(dir), p + " beside the session"));
        assertFalse(model.runningProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Klaar:"), model.statusProperty().get());
        model.open(written.get(1));
        model.openFolder();
        assertEquals(List.of(written.get(1), dir), dialogs.opened);
        assertTrue(dialogs.questions.isEmpty(), "nothing existed, so nothing was asked");
    }

    @Test
    void remembersTheOrganiserForTheNextExport() {
        ExportViewModel model = model(PROJECT.templates());
        model.authorProperty().set("  Ada Organisator ");
        model.actionsProperty().set(false);
        model.export();
        assertEquals(1, model.writtenFiles().size());
        assertEquals("Ada Organisator", model(PROJECT.templates()).authorProperty().get());
    }

    @Test
    void asksBeforeReplacingAndLeavesTheFileWhenTheAnswerIsNo() throws Exception {
        ExportViewModel model = model(PROJECT.templates());
        model.actionsProperty().set(false);
        Path minutes = Path.of(model.fileProperty(FileField.MINUTES).get());
        byte[] old = "edited in Word".getBytes(StandardCharsets.UTF_8);
        Files.write(minutes, old);
        dialogs.answer = false;
        model.export();
        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).contains(minutes.toString()), dialogs.questions.get(0));
        assertArrayEquals(old, Files.readAllBytes(minutes));
        assertTrue(model.writtenFiles().isEmpty());
        dialogs.answer = true;
        model.export();
        assertEquals(List.of(minutes), model.writtenFiles());
        assertFalse(new String(Files.readAllBytes(minutes), StandardCharsets.ISO_8859_1).contains("edited in Word"));
    }

    @Test
    void rendersEveryDocumentBeforeWritingAny() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.copy(PROJECT.templates().resolve(ExportService.MINUTES_TEMPLATE),
                templates.resolve(ExportService.MINUTES_TEMPLATE)); // the action list's template is missing
        ExportViewModel model = model(templates);
        model.fileProperty(FileField.TEMPLATE).set(templates.resolve(ExportService.MINUTES_TEMPLATE).toString());
        model.export();
        String status = model.statusProperty().get();
        assertTrue(status.contains(ExportService.ACTIONS_TEMPLATE) && status.contains("niet gevonden"), status);
        assertFalse(Files.exists(Path.of(model.fileProperty(FileField.MINUTES).get())),
                "the minutes could be made, but are not written when the action list cannot be");
        assertTrue(model.writtenFiles().isEmpty());
        assertEquals(-1, model.progressProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void saysWhatToDoWhenNothingIsTicked() {
        ExportViewModel model = model(PROJECT.templates());
        model.minutesProperty().set(false);
        model.actionsProperty().set(false);
        model.export();
        assertEquals(NL.get("exportDialog.nothing"), model.statusProperty().get());
        assertTrue(model.writtenFiles().isEmpty());
    }

    @Test
    void aChosenFileFillsItsFieldAndACancelledChooserLeavesIt() {
        ExportViewModel model = model(PROJECT.templates());
        Path chosen = dir.resolve("elders").resolve("acties.xlsx");
        dialogs.file = Optional.of(chosen);
        model.choose(FileField.EXCEL);
        assertEquals(chosen.toString(), model.fileProperty(FileField.EXCEL).get());
        assertEquals(List.of("*.xlsx"), dialogs.requests.get(0).patterns());
        assertTrue(dialogs.requests.get(0).save());
        dialogs.file = Optional.empty();
        model.choose(FileField.TEMPLATE);
        assertEquals(PROJECT.templates().resolve(ExportService.MINUTES_TEMPLATE).toString(),
                model.fileProperty(FileField.TEMPLATE).get());
        assertFalse(dialogs.requests.get(1).save(), "a template is opened, not saved");
    }

    /** Answers as the test says and remembers what was asked. */
    private static final class ScriptedDialogs implements Dialogs {
        boolean answer = true;
        Optional<Path> file = Optional.empty();
        final List<String> questions = new ArrayList<>();
        final List<FileRequest> requests = new ArrayList<>();
        final List<Path> opened = new ArrayList<>();

        @Override
        public Optional<Path> chooseFile(FileRequest request) {
            requests.add(request);
            return file;
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            questions.add(message);
            return answer;
        }

        @Override
        public void showError(String title, String message) {
            questions.add(message);
        }

        @Override
        public void openDocument(Path file) {
            opened.add(file);
        }
    }

    /** The background work in line, on the test's thread. */
    private static final class InLine implements TaskRunner {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public void later(Runnable update) {
            update.run();
        }
    }
}
