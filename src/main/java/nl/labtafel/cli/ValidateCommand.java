package nl.labtafel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Problem;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionWarnings;
import nl.labtafel.text.Quoted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate FILE…}: one line per problem, naming file and place; exit 1 when any file is invalid. */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    LabtafelCommand parent;
    private final SessionStore store = new SessionStore();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    List<Path> files;

    @Override
    public Integer call() {
        int status = LabtafelCommand.OK;
        for (Path file : files) {
            try {
                Session session = store.load(file);
                spec.commandLine().getOut().println(parent.messages().quoted("validate.ok", file));
                for (Problem warning : SessionWarnings.of(session)) {
                    spec.commandLine().getOut().println(parent.messages().format("validate.warning",
                            Quoted.file(file), warning.path(), warning.render(parent.messages())));
                }
            } catch (FileProblemException e) {
                e.describe(parent.messages()).forEach(spec.commandLine().getErr()::println);
                status = LabtafelCommand.FAILED;
            }
        }
        return status;
    }
}
