package nl.labtafel.importing;

import java.util.Arrays;
import nl.labtafel.text.Messages;
import nl.labtafel.text.Quoted;

/**
 * A source that cannot be read as a table at all (as opposed to single bad rows, which the plan reports):
 * not a spreadsheet, an unclosed quote, no such sheet. Carries a bundle key and arguments, never shown raw.
 */
public final class ImportException extends Exception {
    public enum Kind {
        UNREADABLE("import.unreadable"),
        NOT_XLSX("import.notXlsx"),
        NO_SHEET("import.noSheet"),
        EMPTY("import.empty"),
        NO_COLUMN("import.noColumn"),
        NOT_FOUND("load.notFound"),
        DENIED("load.denied"),
        TOO_BIG("load.tooBig");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Kind kind;
    private final int line;
    private final Object[] args;

    public ImportException(Kind kind, int line, Throwable cause, Object... args) {
        super(kind + " " + Arrays.toString(args), cause);
        this.kind = kind;
        this.line = line;
        this.args = args.clone();
    }

    /** "bron.csv: regel 12: …" in the user's language. */
    public String describe(Object source, Messages messages) {
        String where = line > 0 ? messages.format("import.line", line) + ": " : "";
        return Quoted.file(source) + ": " + where + messages.quoted(kind.key(), args);
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based line, or -1 when the problem is not on one line. */
    public int line() {
        return line;
    }

    public Object[] args() {
        return args.clone();
    }
}
