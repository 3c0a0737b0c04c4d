package nl.labtafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.labtafel.importing.ColumnMapping;
import nl.labtafel.importing.ImportException;
import nl.labtafel.importing.ImportPlan;
import nl.labtafel.importing.ImportSources;
import nl.labtafel.importing.SourceTable;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.text.Messages;
import nl.labtafel.model.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE.json SOURCE …}: post-its from a CSV/TSV, an .xlsx or another session into a session.
 * All or nothing: any bad row is reported with its line and the session file is left as it was; otherwise it
 * is replaced atomically (the old version kept as .bak).
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    LabtafelCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", descriptionKey = "importCmd.file")
    Path file;

    @Parameters(index = "1", paramLabel = "SOURCE", descriptionKey = "importCmd.source")
    Path source;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "importCmd.sheet")
    String sheet;

    @Option(names = "--text-column", paramLabel = "COLUMN", descriptionKey = "importCmd.textColumn")
    String textColumn;

    @Option(names = "--group-column", paramLabel = "COLUMN", descriptionKey = "importCmd.groupColumn")
    String groupColumn;

    @Option(names = "--organisation-column", paramLabel = "COLUMN", descriptionKey = "importCmd.organisationColumn")
    String organisationColumn;

    @Option(names = "--no-header", descriptionKey = "importCmd.noHeader")
    boolean noHeader;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Messages m = parent.messages();
        SessionStore store = new SessionStore();
        try {
            Session session = store.load(file);
            ImportSources.Source opened = ImportSources.open(source, sheet);
            ColumnMapping mapping = opened.isSession() ? null : mapping(opened.table());
            ImportPlan plan = opened.plan(session, mapping);
            if (!plan.isClean()) {
                plan.problems().forEach(p -> err.println(p.describe(source, m)));
                err.println(m.quoted("importCmd.nothingWritten", file, plan.problems().size()));
                return LabtafelCommand.FAILED;
            }
            session.getNotes().addAll(plan.notes());
            store.save(session, file);
            spec.commandLine().getOut().println(m.quoted("importCmd.done", plan.notes().size(), file, plan.format()));
            return LabtafelCommand.OK;
        } catch (FileProblemException e) {
            e.describe(m).forEach(err::println);
            return LabtafelCommand.FAILED;
        } catch (ImportException e) {
            err.println(e.describe(source, m));
            return LabtafelCommand.FAILED;
        }
    }

    private ColumnMapping mapping(SourceTable table) throws ImportException {
        ColumnMapping mapping = ColumnMapping.guess(table);
        if (noHeader) {
            mapping = mapping.withHeader(false);
        }
        boolean header = !noHeader;
        if (textColumn != null) {
            mapping = mapping.withText(column(textColumn, table, header));
            mapping = header && isName(textColumn) ? mapping.withHeader(true) : mapping;
        }
        if (groupColumn != null) {
            mapping = mapping.withGroup(column(groupColumn, table, header));
        }
        if (organisationColumn != null) {
            mapping = mapping.withOrganisation(column(organisationColumn, table, header));
        }
        return mapping;
    }

    private static boolean isName(String spec) {
        return !spec.strip().matches("\\d{1,4}|[A-Za-z]{1,2}");
    }

    private static int column(String spec, SourceTable table, boolean header) throws ImportException {
        int column = ColumnMapping.resolve(spec, table, header);
        if (column < 0) {
            String names = header && !table.rows().isEmpty() ? String.join(", ", table.rows().get(0).cells()) : "";
            throw new ImportException(ImportException.Kind.NO_COLUMN, -1, null, spec, names);
        }
        return column;
    }
}
