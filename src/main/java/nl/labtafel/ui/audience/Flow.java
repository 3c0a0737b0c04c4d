package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import nl.labtafel.ui.common.AudienceItem;

/**
 * Lays sections of cards into columns and pages at one text size. Two ways: {@link Mode#RUN} lets the sections
 * follow each other down the columns (the inventory by group, the actions); {@link Mode#COLUMN_EACH} gives every
 * section a column of its own (the four insight lists, the canvas lanes, the themes) and pages each column on its
 * own. A card that does not fit the rest of a column moves to the next; one taller than a whole column is split
 * between lines. A section continued in a new column repeats its heading.
 */
final class Flow {

    enum Mode { RUN, COLUMN_EACH }

    /** A card: the room's words in a fill, with an optional second paragraph (who and when of an action). */
    record Item(String text, String extra, String fill, String ink, AudienceItem ref) {
    }

    /** A heading with its cards; {@code continued} is the heading repeated at the top of a new column. */
    record Section(String title, String continued, String fill, String ink, List<Item> items) {
    }

    record Area(double x, double y, double w, double h) {
    }

    /** The pages (each a list of boxes), or {@code overflow} when more than the allowed pages were needed. */
    record Result(List<List<Box>> pages, boolean overflow, double size, int columns) {
    }

    private final TextMeasure measure;
    private final Mode mode;
    /** In {@link Mode#COLUMN_EACH}, no column narrower than this many ems (a short list still reads without hyphens). */
    private double minColumnEms = 8;

    Flow(TextMeasure measure, Mode mode) {
        this.measure = measure;
        this.mode = mode;
    }

    static double gap(double size) {
        return Math.round(size * 0.35);
    }

    double lineHeight(double size) {
        return measure.lineHeight(size);
    }

    Mode mode() {
        return mode;
    }

    Flow minColumnEms(double ems) {
        this.minColumnEms = ems;
        return this;
    }

    Result layout(List<Section> sections, Area area, double size, int columns, int maxPages) {
        double gap = gap(size);
        List<List<Box>> pages = new ArrayList<>();
        if (mode == Mode.RUN) {
            Run.Result run = new Run(measure, sections, area, size, columns, maxPages, null).from(0, Run.Mark.START);
            if (run.overflow()) {
                return new Result(run.pages(), true, size, columns);
            }
            pages.addAll(run.pages());
        } else {
            for (int first = 0; first < sections.size(); first += columns) {
                int startPage = pages.size();
                List<Section> batch = sections.subList(first, Math.min(sections.size(), first + columns));
                double[] widths = widths(batch, area.w() - gap * (batch.size() - 1), minColumnEms * size);
                double x = area.x();
                for (int i = 0; i < batch.size(); i++) {
                    Cursor cursor = new Cursor(area, new double[] {x}, new double[] {widths[i]}, gap, pages, maxPages);
                    cursor.startAt(startPage);
                    if (!cursor.section(batch.get(i), size)) {
                        return new Result(pages, true, size, columns);
                    }
                    x += widths[i] + gap;
                }
            }
        }
        if (pages.isEmpty()) {
            pages.add(new ArrayList<>());
        }
        return new Result(pages, false, size, columns);
    }

    /**
     * Column widths in proportion to how much text each section holds, none below three quarters of an equal share: a list
     * of three long points gets more room than an empty one.
     */
    static double[] widths(List<Section> batch, double total, double minWidth) {
        double[] chars = new double[batch.size()];
        double sum = 0;
        for (int i = 0; i < batch.size(); i++) {
            for (Item item : batch.get(i).items()) {
                chars[i] += item.text().length() + (item.extra() == null ? 0 : item.extra().length()) + 20;
            }
            sum += chars[i];
        }
        double mean = sum / batch.size();
        double weights = 0;
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Math.max(chars[i], mean * 0.75);
            if (mean == 0) {
                chars[i] = 1;
            }
            weights += chars[i];
        }
        double[] widths = new double[chars.length];
        double floor = Math.min(minWidth, total / chars.length);
        double below = 0;
        double aboveWeights = 0;
        for (int i = 0; i < chars.length; i++) {
            if (total * chars[i] / weights < floor) {
                below += floor;
            } else {
                aboveWeights += chars[i];
            }
        }
        for (int i = 0; i < chars.length; i++) {
            double share = total * chars[i] / weights;
            widths[i] = Math.floor(share < floor ? floor : (total - below) * chars[i] / aboveWeights);
        }
        return widths;
    }

    /** Places boxes slot by slot: a slot is one column of one page. */
    private final class Cursor {
        private final Area area;
        private final double[] xs;
        private final double[] ws;
        private final double gap;
        private final List<List<Box>> pages;
        private final int maxPages;
        private double colW;
        private int page;
        private int column;
        private double y;

        Cursor(Area area, double[] xs, double[] ws, double gap, List<List<Box>> pages, int maxPages) {
            this.area = area;
            this.xs = xs;
            this.ws = ws;
            this.gap = gap;
            this.pages = pages;
            this.maxPages = maxPages;
            this.y = area.y();
            this.colW = ws[0];
        }

        void startAt(int startPage) {
            page = startPage;
        }

        private double x() {
            return xs[column];
        }

        private double bottom() {
            return area.y() + area.h();
        }

        private boolean nextSlot() {
            column++;
            if (column >= xs.length) {
                column = 0;
                page++;
            }
            colW = ws[column];
            y = area.y();
            return page < maxPages;
        }

        private void put(Box box) {
            while (pages.size() <= page) {
                pages.add(new ArrayList<>());
            }
            pages.get(page).add(box);
        }

        boolean section(Section s, double size) {
            double pad = Box.padding(size);
            double lh = measure.lineHeight(size);
            List<String> head = TextWrap.lines(s.title(), size, true, colW - 2 * pad, measure);
            double headH = head.size() * lh + 2 * pad;
            double firstCard = s.items().isEmpty() ? 0 : firstCard(s.items().get(0), size, pad, lh) + gap;
            if (y > area.y() && y + headH + firstCard > bottom() && !nextSlot()) {
                return false;
            }
            heading(s, head, headH, size);
            for (Item item : s.items()) {
                if (!card(s, item, lines(item, size, pad), size, pad, lh)) {
                    return false;
                }
            }
            return true;
        }

        /** A card's lines in this column: its text, then its extra line (an organisation) if it has one. */
        private List<String> lines(Item item, double size, double pad) {
            List<String> lines = new ArrayList<>(TextWrap.lines(item.text(), size, false, colW - 2 * pad, measure));
            if (item.extra() != null && !item.extra().isBlank()) {
                lines.addAll(TextWrap.lines(item.extra(), size, false, colW - 2 * pad, measure));
            }
            return lines;
        }

        /** As {@link Run}'s: the height the first card takes under its heading, so no heading stands alone. */
        private double firstCard(Item item, double size, double pad, double lh) {
            double whole = lines(item, size, pad).size() * lh + 2 * pad;
            return whole <= area.h() ? whole : 2 * lh + 2 * pad;
        }

        private void heading(Section s, List<String> lines, double h, double size) {
            put(new Box(Box.Role.HEADING, x(), y, colW, h, lines, size, true, s.fill(), s.ink(), null, false));
            y += h + gap;
        }

        private boolean card(Section s, Item item, List<String> lines, double size, double pad, double lh) {
            List<String> rest = lines;
            boolean fresh = false;
            while (!rest.isEmpty()) {
                double h = rest.size() * lh + 2 * pad;
                if (y + h <= bottom()) {
                    put(card(item, rest, h, size));
                    y += h + gap;
                    return true;
                }
                int fit = (int) Math.floor((bottom() - y - 2 * pad) / lh);
                if (!fresh && y > area.y() && (h <= area.h() || fit < 2)) {
                    if (!newColumnWithHeading(s, size, pad, lh)) {
                        return false;
                    }
                    fresh = true;
                    continue;
                }
                if (fit < 1) {
                    return false; // a column too low for one line: cannot happen with the sizes the fitter tries
                }
                put(card(item, rest.subList(0, fit), fit * lh + 2 * pad, size));
                rest = rest.subList(fit, rest.size());
                if (!newColumnWithHeading(s, size, pad, lh)) {
                    return false;
                }
                fresh = true;
            }
            return true;
        }

        private boolean newColumnWithHeading(Section s, double size, double pad, double lh) {
            if (!nextSlot()) {
                return false;
            }
            List<String> head = TextWrap.lines(s.continued(), size, true, colW - 2 * pad, measure);
            heading(s, head, head.size() * lh + 2 * pad, size);
            return true;
        }

        private Box card(Item item, List<String> lines, double h, double size) {
            return new Box(Box.Role.CARD, x(), y, colW, h, List.copyOf(lines), size, false, item.fill(), item.ink(),
                    item.ref(), false);
        }
    }
}
