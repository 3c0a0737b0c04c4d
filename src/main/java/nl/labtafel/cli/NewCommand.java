package nl.labtafel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.Session;
import nl.labtafel.series.FollowUpSessions;
import nl.labtafel.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code new --template FILE --out FILE [--title …] [--date …]}: a new session from a LAB format. */
@Command(name = "new")
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    LabtafelCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--template", paramLabel = "FILE", descriptionKey = "new.template")
    Path template;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "new.out")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "new.title")
    String title = "";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "new.date")
    LocalDate date;

    @Option(names = "--lang", paramLabel = "nl|en", descriptionKey = "new.lang")
    String language;

    @Option(names = "--continue-from", paramLabel = "PREV.json", descriptionKey = "new.continueFrom")
    Path previous;

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    @Override
    public Integer call() {
        if (language != null && !Language.isCode(language)) {
            spec.commandLine().getErr().println(parent.messages().quoted("cli.badLanguage", language));
            return LabtafelCommand.USAGE;
        }
        if (Files.exists(out) && !force) {
            spec.commandLine().getErr().println(parent.messages().quoted("new.exists", out));
            return LabtafelCommand.FAILED;
        }
        Path templateFile = template != null ? template : parent.paths().defaultTemplate();
        try {
            Session session = new TemplateStore().newSession(templateFile, title, date);
            session.setLanguage(language != null ? language : Language.DUTCH.code());
            if (previous != null) {
                Session before = new SessionStore().load(previous);
                FollowUpSessions.continueFrom(before, FollowUpSessions.linkName(out, previous), session);
                if (language != null) {
                    session.setLanguage(language);
                }
            }
            new SessionStore().save(session, out);
            spec.commandLine().getOut().println(parent.messages().quoted("new.created", out, templateFile));
            if (previous != null) {
                spec.commandLine().getOut().println(parent.messages().quoted("new.continued", previous,
                        session.getActions().stream().filter(a -> a.isCarried()).count()));
            }
            return LabtafelCommand.OK;
        } catch (FileProblemException e) {
            e.describe(parent.messages()).forEach(spec.commandLine().getErr()::println);
            return LabtafelCommand.FAILED;
        }
    }
}
