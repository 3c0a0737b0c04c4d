package nl.labtafel.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.labtafel.AppPaths;
import nl.labtafel.diagnostics.Diagnostics;
import nl.labtafel.export.MinutesPictures;
import nl.labtafel.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command line: {@code labtafel <command> …}. Exit 0 done, 1 the input is wrong or a write failed, 2 usage. */
@Command(name = "labtafel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ValidateCommand.class, NewCommand.class, InfoCommand.class, SuggestThemesCommand.class,
            ExportCommand.class, ActionsCommand.class, ImportCommand.class})
public final class LabtafelCommand implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final System.Logger LOG = System.getLogger(LabtafelCommand.class.getName());
    private final AppPaths paths;
    private final Messages messages;
    private MinutesPictures pictures = MinutesPictures.BOARD;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    LabtafelCommand(AppPaths paths, Messages messages) {
        this.paths = paths;
        this.messages = messages;
    }

    /** Where sessions and templates are; subcommands reach it through {@code @ParentCommand}. */
    public AppPaths paths() {
        return paths;
    }

    public Messages messages() {
        return messages;
    }

    /** Who draws the minutes' pictures for {@code export --pictures}: the audience view's painter, from the launcher. */
    MinutesPictures pictures() {
        return pictures;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), messages.get("cli.noCommand"));
    }

    /** The interface language of the command line: Dutch unless LABTAFEL_LANG or -Dlabtafel.lang says "en". */
    static Messages defaultMessages() {
        String lang = System.getProperty("labtafel.lang", System.getenv().getOrDefault("LABTAFEL_LANG", "nl"));
        return Messages.forLanguage(lang);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, AppPaths.detect());
    }

    /**
     * {@code more}: commands of layers above this one (e.g. {@code render}, which draws with the UI), handed in by
     * the launcher so that this package never depends on them; a {@link MinutesPictures} among them draws the
     * minutes' pictures of {@code export --pictures}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, AppPaths paths, Object... more) {
        Messages messages = defaultMessages();
        LabtafelCommand root = new LabtafelCommand(paths, messages);
        CommandLine cli = new CommandLine(root);
        for (Object command : more) {
            if (command instanceof MinutesPictures drawer) {
                root.pictures = drawer;
            } else {
                cli.addSubcommand(command);
            }
        }
        cli.setResourceBundle(messages.bundle());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExitCodeExceptionMapper(e -> FAILED);
        cli.setExecutionExceptionHandler((ex, commandLine, parsed) -> unexpected(ex, commandLine.getErr(), messages));
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println(ex.getMessage());
            ex.getCommandLine().usage(w);
            return USAGE;
        });
        try {
            return cli.execute(args);
        } catch (Throwable e) { // an Error (out of memory, a library's own) passes picocli's handler
            return unexpected(e, cli.getErr(), messages);
        }
    }

    /**
     * The last resort: whatever no command foresaw becomes one calm line on stderr and the full details in the
     * log, never a stack trace on the terminal.
     */
    static int unexpected(Throwable e, PrintWriter err, Messages messages) {
        LOG.log(System.Logger.Level.ERROR, "unexpected failure of the command line", e);
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        err.println(messages.quoted("cli.unexpected", what, Diagnostics.logFolder()));
        err.flush();
        return FAILED;
    }
}
