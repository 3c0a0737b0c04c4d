package nl.labtafel.importing;

import java.util.List;
import nl.labtafel.text.Messages;
import nl.labtafel.text.Quoted;
import nl.labtafel.model.Note;
import nl.labtafel.model.Problem;

/**
 * What an import would add, before anything is added: the new post-its (placed on the board, with fresh ids)
 * and the rows that cannot be imported, each with its line. Nothing in the session has changed yet.
 */
public record ImportPlan(List<Note> notes, List<RowProblem> problems, int rowsRead, String format) {

    /** A row that cannot become a post-it: its line in the source and what is wrong. */
    public record RowProblem(int line, Problem problem) {
        /** "regel 12: onbekende groep ''Kerk''", for a list that already says which source. */
        public String describe(Messages messages) {
            String where = line > 0 ? messages.format("import.line", line) + ": " : "";
            return where + messages.quoted(problem.key(), problem.args().toArray());
        }

        /** "bron.csv: regel 12: onbekende groep ''Kerk''" in the user's language. */
        public String describe(Object source, Messages messages) {
            String where = line > 0 ? messages.format("import.line", line) + ": " : "";
            return Quoted.file(source) + ": " + where + messages.quoted(problem.key(), problem.args().toArray());
        }
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
