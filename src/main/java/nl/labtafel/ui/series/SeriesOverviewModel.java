package nl.labtafel.ui.series;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.labtafel.export.ActionWorkbook;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.Session;
import nl.labtafel.series.SeriesActions;
import nl.labtafel.series.SeriesCatalog;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.edit.Dates;

/**
 * The series overview's state: every action of the series (read in the background from the sessions
 * folder, with the open session as it is now, saved or not), the filters, and what the list says.
 */
final class SeriesOverviewModel {
    private final SessionContext context;
    private final Messages m;
    private final ObservableList<SeriesActions.Row> all = FXCollections.observableArrayList();
    private final FilteredList<SeriesActions.Row> shown = new FilteredList<>(all);
    final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(this, "status");
    final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    final StringProperty theme = new SimpleStringProperty(this, "theme", "");
    final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    final ObservableList<String> owners = FXCollections.observableArrayList();
    final ObservableList<String> themes = FXCollections.observableArrayList();
    private List<SeriesCatalog.Entry> series = List.of();
    private final LocalDate today;

    SeriesOverviewModel(SessionContext context, LocalDate today) {
        this.context = context;
        this.m = context.messages();
        this.today = today;
        status.addListener(o -> refilter());
        owner.addListener(o -> refilter());
        theme.addListener(o -> refilter());
        overdueOnly.addListener(o -> refilter());
    }

    ObservableList<SeriesActions.Row> shown() {
        return shown;
    }

    Path folder() {
        Path file = context.fileProperty().get();
        return file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent()
                : context.paths().sessions();
    }

    /** Reads the folder in the background; the open session is taken as it is now. */
    void load(Runnable done) {
        Path folder = folder();
        Path file = context.fileProperty().get();
        Session live = context.session().copy();
        summary.set(m.get("series.loading"));
        context.background().run(() -> {
            SeriesCatalog.Scan scan = SeriesCatalog.scan(folder);
            Path self = file != null ? file.toAbsolutePath() : folder.resolve(".labtafel-unsaved.json");
            List<SeriesCatalog.Entry> entries = new ArrayList<>();
            for (SeriesCatalog.Entry e : scan.entries()) {
                if (!e.file().toAbsolutePath().equals(self)) {
                    entries.add(e);
                }
            }
            entries.add(new SeriesCatalog.Entry(self, live));
            SeriesCatalog.Scan withLive = new SeriesCatalog.Scan(entries, scan.unreadable());
            List<SeriesCatalog.Entry> found = SeriesCatalog.seriesOf(withLive, self);
            return new Loaded(found, SeriesActions.rows(found, today), scan.unreadable());
        }, loaded -> {
            show(loaded);
            done.run();
        }, error -> summary.set(m.format("series.failed", String.valueOf(error.getMessage()))));
    }

    record Loaded(List<SeriesCatalog.Entry> series, List<SeriesActions.Row> rows, List<String> unreadable) {
    }

    void show(Loaded loaded) {
        series = loaded.series();
        all.setAll(loaded.rows());
        TreeSet<String> o = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> t = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (SeriesActions.Row r : loaded.rows()) {
            if (!r.owner().isEmpty()) {
                o.add(r.owner());
            }
            if (!r.theme().isBlank()) {
                t.add(r.theme());
            }
        }
        owners.setAll(o);
        owners.add(0, "");
        themes.setAll(t);
        themes.add(0, "");
        refilter();
    }

    private void refilter() {
        shown.setPredicate(r -> r.matches(status.get(), owner.get(), theme.get())
                && (!overdueOnly.get() || r.overdue()));
        long overdue = shown.stream().filter(SeriesActions.Row::overdue).count();
        summary.set(m.format("series.summary", series.size(), shown.size(), all.size(), overdue));
    }

    String sessionName(SeriesActions.Row row) {
        String title = row.entry().session().getHeader().getTitle();
        LocalDate date = row.entry().session().getHeader().getDate();
        String name = title == null || title.isBlank() ? row.entry().fileName() : title;
        return date == null ? name : m.format("since.sessionDate", name, Dates.format(m).format(date));
    }

    /** The shown rows as an Excel sheet, in the background; {@code done} gets the file. */
    void toExcel(Path out, Consumer<Path> done, Consumer<Throwable> failed) {
        List<SeriesActions.Row> rows = List.copyOf(shown);
        ActionWorkbook book = new ActionWorkbook(context.session().language());
        List<ActionWorkbook.Line> lines = new ArrayList<>();
        for (SeriesActions.Row r : rows) {
            lines.add(new ActionWorkbook.Line(r.number(), r.action(), r.theme(),
                    book.sessionName(r.entry().session(), r.entry().fileName()), book.origin(r.entry().session(), r.action())));
        }
        context.background().run(() -> {
            ActionWorkbook.write(out, book.render(lines));
            return out;
        }, done, failed);
    }

    boolean isEmpty() {
        return all.isEmpty() && Objects.equals(summary.get(), "");
    }
}
