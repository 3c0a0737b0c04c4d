package nl.labtafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.labtafel.export.ActionWorkbook;
import nl.labtafel.export.ExportException;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code actions FILE… [--open] --xlsx OUT.xlsx}: the actions of one or more sessions as one Excel sheet.
 * Every file is read before anything is written, so one bad session leaves no half sheet behind.
 */
@Command(name = "actions")
final class ActionsCommand implements Callable<Integer> {
    @ParentCommand
    LabtafelCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "actionsCmd.files")
    List<Path> files;

    @Option(names = "--xlsx", required = true, paramLabel = "OUT.xlsx", descriptionKey = "actionsCmd.xlsx")
    Path xlsx;

    @Option(names = "--open", descriptionKey = "actionsCmd.open")
    boolean openOnly;

    @Option(names = "--lang", paramLabel = "nl|en", descriptionKey = "export.lang")
    String language;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (language != null && !Language.isCode(language)) {
            err.println(parent.messages().quoted("cli.badLanguage", language));
            return LabtafelCommand.USAGE;
        }
        SessionStore store = new SessionStore();
        List<ActionWorkbook.Source> sources = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                sources.add(new ActionWorkbook.Source(store.load(file), file.getFileName().toString()));
            } catch (FileProblemException e) {
                e.describe(parent.messages()).forEach(err::println);
                failed = true;
            }
        }
        if (failed) {
            return LabtafelCommand.FAILED;
        }
        Language lang = language != null ? Language.of(language) : sources.get(0).session().language();
        try {
            ActionWorkbook.write(xlsx, new ActionWorkbook(lang).render(sources, openOnly));
            spec.commandLine().getOut().println(parent.messages().quoted("export.written", xlsx));
            return LabtafelCommand.OK;
        } catch (ExportException e) {
            e.describe(parent.messages()).forEach(err::println);
            return LabtafelCommand.FAILED;
        }
    }
}
