package nl.labtafel.export;

import java.nio.file.Path;
import java.util.List;
import nl.labtafel.model.Problem;
import nl.labtafel.text.Messages;
import nl.labtafel.text.Quoted;

/**
 * An export that could not be made: a template that is not a usable .docx, a missing style, a board
 * picture that is not a PNG, an output that could not be written. It names the file and says what is
 * wrong in the user's language; nothing has been written when it is thrown.
 */
public final class ExportException extends Exception {
    private final Path file;
    private final List<Problem> problems;

    public ExportException(Path file, List<Problem> problems, Throwable cause) {
        super(file + ": " + problems, cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public ExportException(Path file, Problem problem, Throwable cause) {
        this(file, List.of(problem), cause);
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One line per problem: "templates/notulen.docx: de stijl ...". */
    public List<String> describe(Messages messages) {
        return problems.stream().map(p -> Quoted.file(file) + ": " + p.render(messages)).toList();
    }
}
