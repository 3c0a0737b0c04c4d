package nl.labtafel.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.labtafel.importing.ColumnMapping;
import nl.labtafel.importing.ImportException;
import nl.labtafel.importing.ImportPlan;
import nl.labtafel.importing.ImportSources;
import nl.labtafel.importing.SourceTable;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.model.Note;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.undo.AddNotesCommand;

/**
 * The import preview's state: the opened source (read in the background), the column mapping, and the plan
 * it gives — the post-its that would be added and the rows that cannot be, by line. Nothing changes in the
 * session until {@link #confirm}, which adds the post-its as one undo step.
 */
final class ImportViewModel {
    private final SessionContext context;
    private final Messages m;
    private final ObjectProperty<ImportSources.Source> source = new SimpleObjectProperty<>(this, "source");
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    /** Column choices, -1 for "none"; the text column always has one. */
    final IntegerProperty textColumn = new SimpleIntegerProperty(this, "textColumn", 0);
    final IntegerProperty groupColumn = new SimpleIntegerProperty(this, "groupColumn", -1);
    final IntegerProperty organisationColumn = new SimpleIntegerProperty(this, "organisationColumn", -1);
    final BooleanProperty header = new SimpleBooleanProperty(this, "header");
    final StringProperty status = new SimpleStringProperty(this, "status", "");
    final ObservableList<String> columns = FXCollections.observableArrayList();
    final ObservableList<String> problems = FXCollections.observableArrayList();
    private boolean settingUp;

    ImportViewModel(SessionContext context) {
        this.context = context;
        this.m = context.messages();
        textColumn.addListener(o -> replan());
        groupColumn.addListener(o -> replan());
        organisationColumn.addListener(o -> replan());
        header.addListener(o -> {
            refreshColumns();
            replan();
        });
    }

    ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    ObjectProperty<ImportSources.Source> sourceProperty() {
        return source;
    }

    /** Reads a file in the background; a problem is shown, never thrown. */
    void open(Path file, String sheet) {
        status.set(m.format("import.reading", file.getFileName()));
        context.background().run(() -> ImportSources.open(file, sheet), this::opened, this::failed);
    }

    void paste(String text) {
        try {
            opened(ImportSources.pasted(text == null ? "" : text));
        } catch (ImportException e) {
            failed(e);
        }
    }

    private void failed(Throwable error) {
        source.set(null);
        plan.set(null);
        problems.clear();
        columns.clear();
        if (error instanceof ImportException e) {
            status.set(e.describe(m.get("import.source"), m));
        } else if (error instanceof FileProblemException e) {
            status.set(String.join("\n", e.describe(m)));
        } else {
            status.set(m.format("load.failed", String.valueOf(error.getMessage())));
        }
    }

    void opened(ImportSources.Source opened) {
        settingUp = true;
        try {
            source.set(opened);
            if (!opened.isSession()) {
                ColumnMapping guess = ColumnMapping.guess(opened.table());
                header.set(guess.header());
                refreshColumns();
                textColumn.set(guess.text());
                groupColumn.set(guess.group());
                organisationColumn.set(guess.organisation());
            } else {
                columns.clear();
            }
        } finally {
            settingUp = false;
        }
        replan();
    }

    /** "A: Tekst", "B: Groep" — letters as in Excel, with the header's name when there is one. */
    private void refreshColumns() {
        ImportSources.Source s = source.get();
        if (s == null || s.isSession()) {
            return;
        }
        SourceTable table = s.table();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            String letter = String.valueOf((char) ('A' + Math.min(c, 25)));
            String name = header.get() && !table.rows().isEmpty() ? table.rows().get(0).cell(c) : "";
            names.add(name.isBlank() ? letter : letter + ": " + name);
        }
        columns.setAll(names);
    }

    private void replan() {
        ImportSources.Source s = source.get();
        if (settingUp || s == null) {
            return;
        }
        ColumnMapping mapping = new ColumnMapping(Math.max(0, textColumn.get()), groupColumn.get(),
                organisationColumn.get(), header.get());
        ImportPlan next = s.plan(context.session(), mapping);
        problems.setAll(next.problems().stream().map(p -> p.describe(m)).toList());
        plan.set(next);
        String name = s.isSession() || s.file().toString().equals("-") ? m.get("import.pasted")
                : s.file().getFileName().toString();
        if (s.isSession()) {
            name = s.file().getFileName().toString();
        }
        status.set(m.format("import.summary", name, next.format(), next.notes().size(), next.problems().size()));
    }

    boolean canImport() {
        return plan.get() != null && !plan.get().notes().isEmpty();
    }

    /** Adds the plan's post-its (rows with problems are left out) as one undo step; returns how many. */
    int confirm() {
        ImportPlan p = plan.get();
        if (p == null || p.notes().isEmpty()) {
            return 0;
        }
        // The preview is cleared below, so the same plan cannot be confirmed twice.
        List<Note> notes = p.notes();
        context.commands().execute(new AddNotesCommand(context.session(), notes,
                m.format("import.cmd", notes.size())));
        plan.set(null);
        source.set(null);
        return notes.size();
    }
}
