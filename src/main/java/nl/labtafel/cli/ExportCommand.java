package nl.labtafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.labtafel.export.ExportException;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportProgress;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.ExportTargets;
import nl.labtafel.export.InventoryGrouping;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE.json --minutes OUT.docx [--actions OUT.docx] …}: minutes and action list to Word. Both
 * documents are made in memory before either is written, so a bad template or picture leaves no files behind.
 */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    LabtafelCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", descriptionKey = "export.file")
    Path file;

    @Option(names = "--minutes", required = true, paramLabel = "OUT.docx", descriptionKey = "export.minutes")
    Path minutes;

    @Option(names = "--actions", paramLabel = "OUT.docx", descriptionKey = "export.actions")
    Path actions;

    @Option(names = "--template", paramLabel = "TEMPLATE.docx", descriptionKey = "export.template")
    Path template;

    @Option(names = "--actions-template", paramLabel = "TEMPLATE.docx", descriptionKey = "export.actionsTemplate")
    Path actionsTemplate;

    @Option(names = "--lang", paramLabel = "nl|en", descriptionKey = "export.lang")
    String language;

    @Option(names = "--inventory-appendix", paramLabel = "actor|theme", descriptionKey = "export.inventoryAppendix")
    String inventoryAppendix;

    @Option(names = "--canvas-tables", descriptionKey = "export.canvasTables")
    boolean canvasTables;

    @Option(names = "--board-image", paramLabel = "PNG", descriptionKey = "export.boardImage")
    Path boardImage;

    @Option(names = "--pictures", descriptionKey = "export.pictures")
    boolean pictures;

    @Option(names = "--with-names", descriptionKey = "export.withNames")
    boolean withNames;

    @Option(names = "--author", paramLabel = "NAME", descriptionKey = "export.author")
    String author;

    @Option(names = "--toc", descriptionKey = "export.toc")
    boolean tableOfContents;

    @Option(names = "--by-due-date", descriptionKey = "export.byDueDate")
    boolean byDueDate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (language != null && !Language.isCode(language)) {
            err.println(parent.messages().quoted("cli.badLanguage", language));
            return LabtafelCommand.USAGE;
        }
        InventoryGrouping grouping = grouping();
        if (grouping == null) {
            err.println(parent.messages().quoted("export.badGrouping", inventoryAppendix));
            return LabtafelCommand.USAGE;
        }
        if (actions != null && minutes.toAbsolutePath().normalize().equals(actions.toAbsolutePath().normalize())) {
            err.println(parent.messages().get("export.sameFile"));
            return LabtafelCommand.USAGE;
        }
        ExportOptions options = new ExportOptions(language == null ? null : Language.of(language), grouping,
                canvasTables, boardImage, withNames, template, actionsTemplate, author, tableOfContents, byDueDate,
                pictures);
        ExportService service = new ExportService(parent.paths().templates(), parent.pictures());
        try {
            ExportTargets targets = ExportTargets.word(minutes, actions);
            ExportService.checkTarget(minutes, service.minutesTemplate(options)); // before the session is read
            if (actions != null) {
                ExportService.checkTarget(actions, service.actionsTemplate(options));
            }
            Session session = new SessionStore().load(file);
            for (Path written : service.export(session, options, targets, ExportProgress.NONE)) {
                spec.commandLine().getOut().println(parent.messages().quoted("export.written", written));
            }
            return LabtafelCommand.OK;
        } catch (FileProblemException e) {
            e.describe(parent.messages()).forEach(err::println);
            return LabtafelCommand.FAILED;
        } catch (ExportException e) {
            e.describe(parent.messages()).forEach(err::println);
            return LabtafelCommand.FAILED;
        }
    }

    private InventoryGrouping grouping() {
        if (inventoryAppendix == null) {
            return InventoryGrouping.NONE;
        }
        return switch (inventoryAppendix.toLowerCase(Locale.ROOT)) {
            case "actor" -> InventoryGrouping.ACTOR;
            case "theme" -> InventoryGrouping.THEME;
            default -> null;
        };
    }
}
