package nl.labtafel.io;

import java.nio.file.Path;
import java.util.List;
import nl.labtafel.model.Problem;
import nl.labtafel.text.Messages;
import nl.labtafel.text.Quoted;

/**
 * A session or template file that could not be read or written. It names the file and the problem
 * (and the line and column where JSON parsing failed) in the user's language; never a stack trace.
 */
public final class FileProblemException extends Exception {
    private final Path file;
    private final List<Problem> problems;
    private final int line;
    private final int column;

    public FileProblemException(Path file, List<Problem> problems, int line, int column, Throwable cause) {
        super(file + ": " + problems, cause);
        this.file = file;
        this.problems = List.copyOf(problems);
        this.line = line;
        this.column = column;
    }

    public FileProblemException(Path file, Problem problem, Throwable cause) {
        this(file, List.of(problem), -1, -1, cause);
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** 1-based line of a JSON syntax or type error, or -1. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** One line per problem: "file: line 3, column 7: message" or "file: notes[2].text: message". */
    public List<String> describe(Messages messages) {
        return problems.stream().map(p -> describe(messages, p)).toList();
    }

    private String describe(Messages messages, Problem p) {
        StringBuilder b = new StringBuilder(Quoted.file(file)).append(": ");
        if (line > 0) {
            b.append(messages.format("file.at", line, column)).append(": ");
        }
        if (p.path() != null && !p.path().isEmpty()) {
            b.append(Quoted.file(p.path())).append(": ");
        }
        return b.append(p.render(messages)).toString();
    }
}
