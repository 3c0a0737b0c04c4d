package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Flow.Mode#RUN} at one size: sections follow each other down equal columns, page after page. A card that
 * does not fit the rest of a column moves to the next; one taller than a whole column is split between lines; a
 * section continued in a new column repeats its heading. It notes where every page starts ({@link Mark}) and can
 * start at such a mark, so {@link Reflow} lays out again only the pages an edit touched.
 */
final class Run {

    /** Where a page starts: card {@code item} of {@code section} from line {@code line}; item -1 is the section's heading. */
    record Mark(int section, int item, int line) {
        static final Mark START = new Mark(0, -1, 0);
    }

    /** Asked at the start of every new page: stop here (the rest is known)? */
    interface Stop {
        boolean at(int page, Mark start);
    }

    /**
     * Pages from {@code firstPage} on and where each starts. {@code stoppedAt} is the page {@link Stop} stopped at
     * (not laid out), or -1; {@code overflow} when more than the allowed pages were needed.
     */
    record Result(List<List<Box>> pages, List<Mark> starts, int stoppedAt, boolean overflow) {
    }

    private enum Step { ON, FULL, STOP }

    private final TextMeasure measure;
    private final List<Flow.Section> sections;
    private final Flow.Area area;
    private final double size;
    private final double pad;
    private final double lh;
    private final double gap;
    private final double[] xs;
    private final double colW;
    private final int maxPages;
    private final Stop stop;
    private boolean sectionPerPage;
    private final List<List<Box>> pages = new ArrayList<>();
    private final List<Mark> starts = new ArrayList<>();
    private int firstPage;
    private int page;
    private int column;
    private double y;
    private int stoppedAt = -1;

    Run(TextMeasure measure, List<Flow.Section> sections, Flow.Area area, double size, int columns, int maxPages,
        Stop stop) {
        this.measure = measure;
        this.sections = sections;
        this.area = area;
        this.size = size;
        this.pad = Box.padding(size);
        this.lh = measure.lineHeight(size);
        this.gap = Flow.gap(size);
        this.colW = (area.w() - gap * (columns - 1)) / columns;
        this.xs = new double[columns];
        for (int c = 0; c < columns; c++) {
            xs[c] = area.x() + c * (colW + gap);
        }
        this.maxPages = maxPages;
        this.stop = stop;
    }

    /** Every section after the first starts on a page of its own (long paged lists: the room turns to a group). */
    Run sectionPerPage(boolean value) {
        sectionPerPage = value;
        return this;
    }

    /** Lays out from {@code from}, which starts page {@code first}, to the end (or until {@link Stop} says so). */
    Result from(int first, Mark from) {
        firstPage = first;
        page = first;
        column = 0;
        y = area.y();
        pages.add(new ArrayList<>());
        starts.add(from);
        Step step = Step.ON;
        int s = from.section();
        if (s < sections.size() && from.item() >= 0) {
            Flow.Section section = sections.get(s);
            step = continuedHeading(section);
            for (int i = from.item(); step == Step.ON && i < section.items().size(); i++) {
                boolean resumed = i == from.item();
                step = card(section, s, i, resumed ? from.line() : 0, resumed);
            }
            s++;
        }
        for (; step == Step.ON && s < sections.size(); s++) {
            step = section(s);
        }
        if (step == Step.STOP) {
            pages.remove(pages.size() - 1);
            starts.remove(starts.size() - 1);
        }
        return new Result(pages, starts, stoppedAt, step == Step.FULL);
    }

    private double bottom() {
        return area.y() + area.h();
    }

    private Step nextSlot(Mark next) {
        column++;
        y = area.y();
        if (column < xs.length) {
            return Step.ON;
        }
        column = 0;
        page++;
        if (page >= maxPages) {
            return Step.FULL;
        }
        pages.add(new ArrayList<>());
        starts.add(next);
        if (stop != null && stop.at(page, next)) {
            stoppedAt = page;
            return Step.STOP;
        }
        return Step.ON;
    }

    private void put(Box box) {
        pages.get(page - firstPage).add(box);
    }

    private Step section(int s) {
        Flow.Section section = sections.get(s);
        List<String> head = measure.wrap(section.title(), size, true, colW - 2 * pad);
        double headH = head.size() * lh + 2 * pad;
        double firstCard = section.items().isEmpty() ? 0 : firstCard(section.items().get(0)) + gap;
        boolean pageIsEmpty = column == 0 && y == area.y();
        if (sectionPerPage && !pageIsEmpty) {
            column = xs.length - 1; // the next slot is the next page's first column
        }
        if ((sectionPerPage && !pageIsEmpty) || (y > area.y() && y + headH + firstCard > bottom())) {
            Step step = nextSlot(new Mark(s, -1, 0));
            if (step != Step.ON) {
                return step;
            }
        }
        heading(section, head, headH);
        for (int i = 0; i < section.items().size(); i++) {
            Step step = card(section, s, i, 0, false);
            if (step != Step.ON) {
                return step;
            }
        }
        return Step.ON;
    }

    /**
     * The height a section's first card takes in the column of its heading: the whole card (it moves on whole when it
     * does not fit but would fit a column), or two lines of one taller than a column (it is split). A heading goes to
     * the next column unless that much fits under it: never a heading alone at the foot of a column.
     */
    private double firstCard(Flow.Item item) {
        double whole = lines(item).size() * lh + 2 * pad;
        return whole <= area.h() ? whole : 2 * lh + 2 * pad;
    }

    private void heading(Flow.Section s, List<String> lines, double h) {
        put(new Box(Box.Role.HEADING, xs[column], y, colW, h, lines, size, true, s.fill(), s.ink(), null, false));
        y += h + gap;
    }

    private Step continuedHeading(Flow.Section s) {
        List<String> head = measure.wrap(s.continued(), size, true, colW - 2 * pad);
        heading(s, head, head.size() * lh + 2 * pad);
        return Step.ON;
    }

    private List<String> lines(Flow.Item item) {
        List<String> text = measure.wrap(item.text(), size, false, colW - 2 * pad);
        if (item.extra() == null || item.extra().isBlank()) {
            return text;
        }
        List<String> all = new ArrayList<>(text);
        all.addAll(measure.wrap(item.extra(), size, false, colW - 2 * pad));
        return all;
    }

    private Step card(Flow.Section s, int section, int index, int fromLine, boolean alreadyMoved) {
        Flow.Item item = s.items().get(index);
        List<String> lines = lines(item);
        int done = fromLine;
        boolean fresh = alreadyMoved;
        while (done < lines.size()) {
            List<String> rest = lines.subList(done, lines.size());
            double h = rest.size() * lh + 2 * pad;
            if (y + h <= bottom()) {
                put(card(item, rest, h));
                y += h + gap;
                return Step.ON;
            }
            int fit = (int) Math.floor((bottom() - y - 2 * pad) / lh);
            if (!fresh && y > area.y() && (h <= area.h() || fit < 2)) {
                Step step = nextSlotWithHeading(s, new Mark(section, index, done));
                if (step != Step.ON) {
                    return step;
                }
                fresh = true;
                continue;
            }
            if (fit < 1) {
                return Step.FULL; // a column too low for one line: cannot happen with the sizes the fitter tries
            }
            put(card(item, rest.subList(0, fit), fit * lh + 2 * pad));
            done += fit;
            Step step = nextSlotWithHeading(s, new Mark(section, index, done));
            if (step != Step.ON) {
                return step;
            }
            fresh = true;
        }
        return Step.ON;
    }

    private Step nextSlotWithHeading(Flow.Section s, Mark next) {
        Step step = nextSlot(next);
        return step == Step.ON ? continuedHeading(s) : step;
    }

    private Box card(Flow.Item item, List<String> lines, double h) {
        return new Box(Box.Role.CARD, xs[column], y, colW, h, List.copyOf(lines), size, false, item.fill(), item.ink(),
                item.ref(), false);
    }
}
