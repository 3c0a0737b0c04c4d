package nl.labtafel.ui.themes;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.labtafel.cluster.Cancel;
import nl.labtafel.cluster.LeftoverPlacement;
import nl.labtafel.cluster.SuggestOptions;
import nl.labtafel.cluster.ThemeProposal;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;

/**
 * State of the suggestions panel, no Nodes: whether a suggestion runs (and cancelling it), the proposed themes, the
 * fits proposed for the leftover notes when manual themes exist, and the status line. The work runs on the one
 * background executor on a snapshot of the session; a cancelled run stops between its steps and shows nothing.
 */
final class SuggestionsViewModel {
    private final SessionContext context;
    private final ThemesViewModel themes;
    private final Messages m;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<ThemeProposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<LeftoverPlacement.Fit> fits = FXCollections.observableArrayList();
    private AtomicBoolean cancelled = new AtomicBoolean();

    SuggestionsViewModel(SessionContext context, ThemesViewModel themes) {
        this.context = context;
        this.themes = themes;
        this.m = context.messages();
    }

    /** True when the session has themes of its own, so leftovers can be placed into them. */
    boolean hasThemes() {
        return !context.session().getThemes().isEmpty();
    }

    /** New themes for the notes the options select. */
    void suggest(SuggestOptions options) {
        Session snapshot = context.session().copy();
        start(m.get("suggest.running"));
        AtomicBoolean stop = cancelled;
        context.background().run(() -> context.suggester().suggest(snapshot, options, Cancel.when(stop::get)),
                result -> {
                    if (stop.get()) {
                        return;
                    }
                    running.set(false);
                    proposals.setAll(result);
                    long count = result.stream().filter(p -> !p.other()).count();
                    status.set(result.isEmpty() ? m.get("suggest.none")
                            : count == 0 ? m.get("suggest.noneFound") : m.format("suggest.found", count));
                }, this::failed);
    }

    /** For each leftover note the existing theme it fits best, with a score. */
    void placeLeftovers() {
        Session snapshot = context.session().copy();
        start(m.get("suggest.placing"));
        AtomicBoolean stop = cancelled;
        context.background().run(() -> new LeftoverPlacement(context.suggester()).fits(snapshot, Cancel.when(stop::get)),
                result -> {
                    if (stop.get()) {
                        return;
                    }
                    running.set(false);
                    fits.setAll(result);
                    status.set(result.isEmpty() ? m.get("suggest.noFits") : m.format("suggest.fitsFound", result.size()));
                }, this::failed);
    }

    private void start(String message) {
        cancelled = new AtomicBoolean();
        running.set(true);
        status.set(message);
        proposals.clear();
        fits.clear();
    }

    /** Stops the running suggestion; what it had found so far is dropped. */
    void cancel() {
        if (running.get()) {
            cancelled.set(true);
            running.set(false);
            status.set(m.get("suggest.cancelled"));
        }
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            return; // cancel() has said so already
        }
        running.set(false);
        status.set(m.format("suggest.failed", String.valueOf(error.getMessage())));
    }

    /** Accepts these fits (one note, or all) as one undo step; they leave the list. */
    boolean acceptFits(List<LeftoverPlacement.Fit> accepted) {
        boolean done = themes.placeLeftovers(accepted);
        fits.removeAll(accepted);
        status.set(done ? m.format("suggest.fitsLeft", fits.size()) : m.get("suggest.nothingAccepted"));
        return done;
    }

    /** Accepts proposals as new themes in one undo step (see ThemesViewModel#acceptSuggestions). */
    boolean acceptProposals(List<ThemeProposal> accepted) {
        boolean done = themes.acceptSuggestions(accepted);
        if (!done) {
            status.set(m.get("suggest.nothingAccepted"));
        }
        return done;
    }

    /** The name of a fit's theme (its theme may be renamed meanwhile). */
    String themeName(String themeId) {
        return context.session().theme(themeId).map(t -> t.getName()).orElse("");
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ObservableList<ThemeProposal> proposals() {
        return proposals;
    }

    ObservableList<LeftoverPlacement.Fit> fits() {
        return fits;
    }
}
