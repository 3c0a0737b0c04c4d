package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The measures every audience layout shares at one screen size: the legibility floor, the margins, and the
 * quiet chrome (phase name, page, timer, clock) along the top of each page.
 */
final class Frame {
    /** Text the room must read is at least this high (font size in px) on a 1280×720 screen; scaled up above. */
    static final int FLOOR_AT_720 = 20;

    final double width;
    final double height;
    final int floor;
    final double margin;
    final double chromeHeight;
    private final TextMeasure measure;
    private final Chrome chrome;

    Frame(double width, double height, TextMeasure measure) {
        this(width, height, measure, new Chrome());
    }

    /** {@code chrome}: the chrome boxes of the layouts before, to hand on the very same boxes where nothing changed. */
    Frame(double width, double height, TextMeasure measure, Chrome chrome) {
        this.width = width;
        this.height = height;
        this.measure = measure;
        this.chrome = chrome;
        this.floor = floor(width, height);
        this.margin = Math.round(Math.max(8, Math.min(width, height) * 0.02));
        this.chromeHeight = measure.lineHeight(floor) + Box.padding(floor) * 2;
    }

    /** 20 px at 1280×720; the same share of the screen on larger screens, never less than 20 px. */
    static int floor(double width, double height) {
        double scale = Math.min(width / 1280.0, height / 720.0);
        return (int) Math.max(FLOOR_AT_720, Math.round(FLOOR_AT_720 * scale));
    }

    /** The part of the page under the chrome, less {@code bottomReserve} at the foot. */
    Flow.Area content(double bottomReserve) {
        double top = chromeHeight + margin * 0.5;
        return new Flow.Area(margin, top, width - 2 * margin, height - top - margin - bottomReserve);
    }

    /**
     * Adds the chrome: phase name at the left, "page 2 / 3" in the middle, timer and clock at the right. Each page is
     * put together when first read (the room reads one).
     */
    List<Page> withChrome(List<List<Box>> contents, String phaseName, String pageText, double textSize) {
        double y = margin * 0.25;
        double clockW = measure.width("00:00", floor, false) * 1.15;
        double timerW = measure.width("-00:00", floor, true) * 1.15;
        double nameW = width / 2 - margin * 2;
        Box name = chrome.same(new Box(Box.Role.CHROME, margin, y, nameW, chromeHeight,
                List.of(ellipsis(phaseName, nameW)), floor, false, null, Palette.QUIET, null, false));
        Box timer = chrome.same(new Box(Box.Role.TIMER, width - margin - clockW - margin - timerW, y, timerW,
                chromeHeight, List.of(""), floor, true, null, Palette.QUIET, null, false));
        Box clock = chrome.same(new Box(Box.Role.CLOCK, width - margin - clockW, y, clockW, chromeHeight, List.of(""),
                floor, false, null, Palette.QUIET, null, false));
        String[] pageWords = pageText.split("%d", -1); // "pagina %d / %d": hundreds of pages, no String.format each
        return new LazyList<>(contents.size(), i -> {
            List<Box> boxes = new ArrayList<>(contents.get(i).size() + 4);
            boxes.add(name);
            if (contents.size() > 1) {
                String page = pageWords.length == 3 ? pageWords[0] + (i + 1) + pageWords[1] + contents.size() + pageWords[2]
                        : String.format(pageText, i + 1, contents.size());
                double w = measure.width(page, floor, true) * 1.1;
                boxes.add(chrome.same(new Box(Box.Role.CHROME, width * 0.6 - w / 2, y, w, chromeHeight, List.of(page),
                        floor, true, null, Palette.QUIET, null, false)));
            }
            boxes.add(timer);
            boxes.add(clock);
            boxes.addAll(contents.get(i));
            return new Page(width, height, List.copyOf(boxes), textSize);
        });
    }

    private String ellipsis(String text, double w) {
        String t = text == null ? "" : text;
        if (measure.width(t, floor, false) <= w) {
            return t;
        }
        while (t.length() > 1 && measure.width(t + "\u2026", floor, false) > w) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "\u2026";
    }

    TextMeasure measure() {
        return measure;
    }

    /**
     * The chrome boxes made before, to give out the very same box again while it is equal. The room's view keeps a
     * box's nodes by the box's identity with one look-up ({@link PageView}); a new but equal phase name, timer,
     * clock or page number on every edit cost a match by value each. Pages are put together when read, on whichever
     * thread reads them, so this map is concurrent.
     */
    static final class Chrome {
        /** Chrome boxes of a few layouts: the page numbers of the pages the room turned to, and one set per size. */
        private static final int KEEP = 256;
        private final Map<Box, Box> made = new ConcurrentHashMap<>();

        Box same(Box b) {
            Box before = made.putIfAbsent(b, b);
            if (before != null) {
                return before;
            }
            if (made.size() > KEEP) {
                made.clear(); // a page count that changed many times: the boxes of now are made again
            }
            return b;
        }
    }
}
