package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.ui.undo.Change;

/**
 * Where the room's pages come from: the edits since the last layout ({@link Change}s, which let the layout redo only
 * what they touched), the room's own {@link LayoutThread}, which lays out an edit of a long live inventory from the
 * moment it is recorded, and what the last layout was made for. {@link AudienceView} says what happened and asks for
 * pages; this decides whether they come from the layout thread or are laid out here. FX thread only.
 */
final class RoomLayouts implements AutoCloseable {
    private final AudienceLayout layout;
    private final LayoutThread thread;
    /** What the session went through since the last layout, in order; the layout's own record of it. */
    private final List<Change> changes = new ArrayList<>(List.of(Change.ANY));
    /** What the last layout (here or on the layout thread) was made for, without selection; null: a copy's. */
    private AudienceLayout.Request laidFor;
    private long fromLayoutThread;

    RoomLayouts(AudienceLayout layout) {
        this.layout = layout;
        this.thread = new LayoutThread(layout);
    }

    /**
     * Notes an edit of the live session, frozen or not. {@code r} is the room's request now, or null when the room
     * cannot see the edit or is too small; with it, a live long inventory starts laying out on the layout thread.
     */
    void edited(Change change, Session live, Language language, AudienceLayout.Request r, boolean frozen, int shownPage) {
        if (changes.size() >= 256) {
            changes.clear(); // no layout for a long while (frozen, too small): it sorts everything again anyway
            changes.add(Change.ANY);
        }
        changes.add(change);
        if (change.kind() != Change.Kind.PLACES && r != null && followsInBackground(live, r, frozen)) {
            AudienceLayout.Request bare = r.withSelection(null);
            thread.start(InventoryInput.captured(live, language, changes), bare, changes, shownPage);
            changes.clear();
            laidFor = bare;
        }
    }

    /**
     * Whether the layout thread can follow the edits since the last layout: a live, long inventory (paged: the layout
     * patches only the touched group), laid out last for the same screen and phase, no spotlight, no room dots on
     * screen (a copy of the session), every change one the layout can follow from the notes it names.
     */
    private boolean followsInBackground(Session s, AudienceLayout.Request r, boolean frozen) {
        if (frozen || r.spotlight() != null || r.phase() != PhaseKind.INVENTORY
                || s.getNotes().size() <= AudienceLayout.PAGED_INVENTORY_FROM || !r.sameLayout(laidFor)
                || (s.getRoom() != null && !s.getRoom().getBallots().isEmpty())) {
            return false;
        }
        for (Change c : changes) {
            if (c.kind() == Change.Kind.ANY) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pages for {@code r}: the layout thread's, when it followed every edit that matters (waiting for it), else
     * laid out here from {@code shown}, the session the room shows (the live one, or a frozen or dotted copy).
     */
    List<Page> pages(Session live, Supplier<Session> shown, AudienceLayout.Request r, boolean frozen) {
        if (thread.pending() && !frozen && r.sameLayout(thread.request()) && onlyPlaces(changes)) {
            List<Page> made = thread.take();
            if (made != null) {
                fromLayoutThread++;
                changes.clear(); // moves only: nothing the inventory shows
                return r.selection() == null ? made : AudienceLayout.marked(made, r.selection());
            }
        }
        if (thread.settle()) {
            changes.clear();
            changes.add(Change.ANY); // a layout on the layout thread failed: start anew
        }
        Session s = shown.get();
        // The changes were made to the live session; a frozen or dotted copy is another session to the layout.
        List<Page> laid = layout.pages(s, r, s == live ? changes : List.of(Change.ANY));
        changes.clear();
        laidFor = s == live ? r.withSelection(null) : null; // a copy: the next edit lays out here
        return laid;
    }

    private static boolean onlyPlaces(List<Change> changes) {
        for (Change c : changes) {
            if (c.kind() != Change.Kind.PLACES) {
                return false;
            }
        }
        return true;
    }

    /** How many layouts came from the layout thread's jobs, on whichever thread they ran (tests). */
    long fromLayoutThread() {
        return fromLayoutThread;
    }

    /** How many edits the FX thread laid out itself because the layout thread had not started them yet. */
    long laidOutHere() {
        return thread.stolen();
    }

    @Override
    public void close() {
        thread.close();
    }
}
