package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the last {@link Run} of a long paged list (thousands of post-its at the floor size) and, after an edit,
 * lays out again only the pages the edit touched: it finds the first and last card that differ, starts at the page
 * before the first, and stops at the first new page that starts where an old page started, at the same card and
 * line, past the last difference — from there on the old pages are the new pages. Usually that is the edited page
 * and the next one or two, instead of a hundred.
 * <p>
 * Cards are compared as values (the layouts build each note's card once and reuse it, so this is mostly identity).
 * Not thread-safe: one per live audience view.
 */
final class Reflow {
    /** A section's heading in the sequence of things laid out: equal headings lay out equally. */
    private record Heading(String title, String continued, String fill, String ink) {
    }

    private List<Object> tokens;
    private int[] sectionStart;
    private List<Run.Mark> starts;
    private List<List<Box>> pages;
    private Flow.Area area;
    private double size;
    private int columns;
    private int reused;

    /** How many pages the last layout took over from the one before (tests, benchmarks). */
    int reusedPages() {
        return reused;
    }

    /**
     * The same pages {@code new Run(…).sectionPerPage(true).from(0, START)} gives, laid out again only where they
     * changed. A section per page means an edit moves at most the pages of its own section: the next section starts
     * a page exactly as before, only its page number may move.
     */
    Flow.Result layout(TextMeasure measure, List<Flow.Section> sections, Flow.Area area, double size, int columns) {
        List<Object> nextTokens = new ArrayList<>();
        int[] nextStart = new int[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            Flow.Section section = sections.get(s);
            nextStart[s] = nextTokens.size();
            nextTokens.add(new Heading(section.title(), section.continued(), section.fill(), section.ink()));
            nextTokens.addAll(section.items());
        }
        boolean comparable = tokens != null && area.equals(this.area) && size == this.size && columns == this.columns;
        Run.Result run;
        List<List<Box>> nextPages;
        List<Run.Mark> nextStarts;
        reused = 0;
        if (!comparable) {
            run = new Run(measure, sections, area, size, columns, Integer.MAX_VALUE, null).sectionPerPage(true)
                    .from(0, Run.Mark.START);
            nextPages = run.pages();
            nextStarts = run.starts();
        } else {
            int oldLen = tokens.size();
            int newLen = nextTokens.size();
            int prefix = 0;
            int most = Math.min(oldLen, newLen);
            while (prefix < most && same(tokens.get(prefix), nextTokens.get(prefix))) {
                prefix++;
            }
            if (prefix == oldLen && prefix == newLen) {
                reused = pages.size();
                return new Flow.Result(pages, false, size, columns);
            }
            int suffix = 0;
            while (suffix < most - prefix && same(tokens.get(oldLen - 1 - suffix), nextTokens.get(newLen - 1 - suffix))) {
                suffix++;
            }
            int first = 0;
            for (int p = starts.size() - 1; p > 0; p--) {
                if (position(sectionStart, starts.get(p)) < prefix) {
                    first = p;
                    break;
                }
            }
            int shift = newLen - oldLen;
            int sameFrom = newLen - suffix;
            int[] oldStart = sectionStart;
            List<Run.Mark> oldStarts = starts;
            int[] oldPage = {-1};
            Run.Stop stop = (page, mark) -> {
                int at = position(nextStart, mark);
                oldPage[0] = at >= sameFrom ? pageStartingAt(oldStart, oldStarts, at - shift, mark.line()) : -1;
                return oldPage[0] >= 0;
            };
            run = new Run(measure, sections, area, size, columns, Integer.MAX_VALUE, stop).sectionPerPage(true)
                    .from(first, first == 0 ? Run.Mark.START : starts.get(first));
            nextPages = new ArrayList<>(pages.subList(0, first));
            for (int j = 0; j < run.pages().size(); j++) {
                nextPages.add(first + j < pages.size() ? sameBoxes(run.pages().get(j), pages.get(first + j))
                        : run.pages().get(j));
            }
            nextStarts = new ArrayList<>(starts.subList(0, first));
            nextStarts.addAll(run.starts());
            if (run.stoppedAt() >= 0) {
                int from = oldPage[0];
                nextPages.addAll(pages.subList(from, pages.size()));
                for (Run.Mark old : starts.subList(from, starts.size())) {
                    nextStarts.add(mark(nextStart, position(oldStart, old) + shift, old.line()));
                }
                reused = first + pages.size() - from;
            } else {
                reused = first;
            }
        }
        tokens = nextTokens;
        sectionStart = nextStart;
        starts = nextStarts;
        pages = nextPages;
        this.area = area;
        this.size = size;
        this.columns = columns;
        return new Flow.Result(nextPages, run.overflow(), size, columns);
    }

    /**
     * The page with each box that equals the old page's box at the same place in the list replaced by that very box:
     * the view keeps a box's nodes by identity ({@link PageView}), so a page that gained one card costs it one card.
     */
    static List<Box> sameBoxes(List<Box> page, List<Box> old) {
        int n = Math.min(page.size(), old.size());
        for (int i = 0; i < n; i++) {
            Box b = page.get(i);
            if (b != old.get(i) && b.equals(old.get(i))) {
                page.set(i, old.get(i));
            }
        }
        return page;
    }

    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    /** The old page that started at this place and line, or -1 (pages start at increasing places). */
    private static int pageStartingAt(int[] sectionStart, List<Run.Mark> starts, int position, int line) {
        int low = 0;
        int high = starts.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Run.Mark m = starts.get(mid);
            int at = position(sectionStart, m);
            int c = at != position ? Integer.compare(at, position) : Integer.compare(m.line(), line);
            if (c == 0) {
                return mid;
            } else if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** The place of a mark in the sequence of headings and cards. */
    private static int position(int[] sectionStart, Run.Mark mark) {
        return mark.section() >= sectionStart.length ? Integer.MAX_VALUE : sectionStart[mark.section()] + 1 + mark.item();
    }

    private static Run.Mark mark(int[] sectionStart, int position, int line) {
        int s = sectionStart.length - 1;
        while (s > 0 && sectionStart[s] > position) {
            s--;
        }
        return new Run.Mark(s, position - sectionStart[s] - 1, line);
    }
}
