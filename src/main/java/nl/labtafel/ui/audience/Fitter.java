package nl.labtafel.ui.audience;

import java.util.List;

/**
 * Finds the largest text size at which the sections fit the area, never below the floor: first on one page;
 * when even the floor needs more, the largest size that needs no more pages than the floor does. The number of
 * columns follows from the size (each column at least {@code minColumnEms} wide), so there is one thing to search.
 */
final class Fitter {
    /** Beyond this many cards a paged layout stays at the floor: the search would cost more than a frame. */
    static final int SEARCH_LIMIT = 1500;

    private final Flow flow;
    private final double minColumnEms;
    private final int maxColumns;

    Fitter(Flow flow, double minColumnEms, int maxColumns) {
        this.flow = flow.minColumnEms(minColumnEms);
        this.minColumnEms = minColumnEms;
        this.maxColumns = maxColumns;
    }

    /** The columns a {@link Flow.Mode#RUN} layout uses at this size, as {@link #fit} would choose them when paging. */
    int runColumns(double size, double width) {
        cap = maxColumns;
        return columnsFor(size, width);
    }

    int columnsFor(double size, double width) {
        double gap = Flow.gap(size);
        int columns = (int) Math.floor((width + gap) / (minColumnEms * size + gap));
        return Math.max(1, Math.min(cap, columns));
    }

    private int cap;

    /** An upper bound of the cards one page holds at a size: every card one line high, the most columns. */
    private int oneLineCards(int size, Flow.Area area) {
        double card = flow.lineHeight(size) + 2 * Box.padding(size) + Flow.gap(size);
        int columns = flow.mode() == Flow.Mode.COLUMN_EACH ? cap : columnsFor(size, area.w());
        return columns * (int) Math.floor((area.h() + Flow.gap(size)) / card);
    }

    Flow.Result fit(List<Flow.Section> sections, Flow.Area area, int floor, int max) {
        cap = flow.mode() == Flow.Mode.COLUMN_EACH ? Math.max(1, Math.min(maxColumns, sections.size())) : maxColumns;
        Flow.Result best = null;
        int cards = sections.stream().mapToInt(s -> s.items().size()).sum();
        // One page: for each column count the largest size that fits (columns no narrower than the minimum).
        // Skipped when even one line per card at the floor cannot fit: thousands of post-its go straight to pages.
        for (int columns = 1; columns <= cap && cards <= oneLineCards(floor, area); columns++) {
            int low = best == null ? floor : (int) best.size() + 1;
            int high = Math.max(floor, max);
            while (low <= high) {
                int mid = (low + high) >>> 1;
                double colW = (area.w() - Flow.gap(mid) * (columns - 1)) / columns;
                Flow.Result r = colW < minColumnEms * mid ? null : flow.layout(sections, area, mid, columns, 1);
                if (r != null && !r.overflow() && r.pages().size() == 1) {
                    best = r;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
        }
        if (best != null) {
            return best;
        }
        Flow.Result atFloor = flow.layout(sections, area, floor, columnsFor(floor, area.w()), Integer.MAX_VALUE);
        if (cards > SEARCH_LIMIT) {
            return atFloor;
        }
        int pages = atFloor.pages().size();
        best = atFloor;
        int low = floor + 1;
        int high = Math.max(floor, max);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Flow.Result r = flow.layout(sections, area, mid, columnsFor(mid, area.w()), pages);
            if (!r.overflow()) {
                best = r;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }
}
