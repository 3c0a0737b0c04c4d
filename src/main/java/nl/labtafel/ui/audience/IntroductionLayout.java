package nl.labtafel.ui.audience;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.Phase;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;

/** The opening screen: title, subject, date and place, and the evening's agenda with times, the current step marked. */
final class IntroductionLayout {
    private final Frame frame;
    private final Messages m;

    IntroductionLayout(Frame frame, Messages m) {
        this.frame = frame;
        this.m = m;
    }

    List<List<Box>> layout(Session session, String currentPhaseId, double[] textSize) {
        Language lang = m.language();
        SessionHeader h = session.getHeader();
        Flow.Area area = frame.content(0);
        TextMeasure measure = frame.measure();
        List<Box> boxes = new ArrayList<>();
        for (int agendaSize = (int) Math.round(frame.floor * 1.8); agendaSize >= frame.floor; agendaSize--) {
            boxes.clear();
            double y = area.y();
            double titleSize = Math.round(agendaSize * 1.7);
            y = text(boxes, blankOr(h.getTitle(), m.get("audience.untitled")), titleSize, true, Palette.INK, area, y);
            if (h.getSubject() != null && !h.getSubject().isBlank()) {
                y = text(boxes, h.getSubject().strip(), Math.round(agendaSize * 1.15), false, Palette.INK, area, y);
            }
            String when = when(h);
            if (!when.isEmpty()) {
                y = text(boxes, when, agendaSize, false, Palette.QUIET, area, y);
            }
            y += Flow.gap(agendaSize) * 2;
            double lh = measure.lineHeight(agendaSize);
            double pad = Box.padding(agendaSize);
            double timeW = measure.width("00:00", agendaSize, true) * 1.1 + 2 * pad;
            LocalTime t = h.getStartTime();
            for (Phase p : session.getPhases()) {
                boolean current = p.getId().equals(currentPhaseId);
                String name = p.getName() == null ? p.getId() : p.getName().get(lang);
                String label = name + (p.getMinutes() > 0 ? "  \u00b7  " + m.format("audience.minutes", p.getMinutes()) : "");
                List<String> lines = TextWrap.lines(label, agendaSize, current, area.w() - timeW - 2 * pad, measure);
                double rowH = lines.size() * lh + 2 * pad;
                String fill = current ? Palette.ACCENT : null;
                String ink = current ? "#FFFFFF" : Palette.INK;
                boxes.add(new Box(Box.Role.HEADING, area.x(), y, timeW, rowH,
                        List.of(t == null ? "" : t.format(DateTimeFormatter.ofPattern("HH:mm"))), agendaSize, true, fill,
                        current ? ink : Palette.QUIET, null, false));
                boxes.add(new Box(Box.Role.HEADING, area.x() + timeW, y, area.w() - timeW, rowH, lines, agendaSize,
                        current, fill, ink, null, false));
                y += rowH;
                if (t != null) {
                    t = t.plusMinutes(p.getMinutes());
                }
            }
            textSize[0] = agendaSize;
            if (y <= area.y() + area.h()) {
                break;
            }
        }
        List<List<Box>> pages = new ArrayList<>();
        pages.add(boxes);
        return pages;
    }

    private double text(List<Box> boxes, String text, double size, boolean bold, String ink, Flow.Area area, double y) {
        List<String> lines = TextWrap.lines(text, size, bold, area.w(), frame.measure());
        double h = lines.size() * frame.measure().lineHeight(size);
        boxes.add(new Box(Box.Role.TEXT, area.x(), y, area.w(), h, lines, size, bold, null, ink, null, false));
        return y + h + Flow.gap(size) * 0.5;
    }

    private String when(SessionHeader h) {
        List<String> parts = new ArrayList<>();
        if (h.getDate() != null) {
            parts.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(m.locale()).format(h.getDate()));
        }
        if (h.getStartTime() != null) {
            parts.add(h.getStartTime().format(DateTimeFormatter.ofPattern("HH:mm"))
                    + (h.getEndTime() == null ? "" : "\u2013" + h.getEndTime().format(DateTimeFormatter.ofPattern("HH:mm"))));
        }
        if (h.getPlace() != null && !h.getPlace().isBlank()) {
            parts.add(h.getPlace().strip());
        }
        return String.join("  \u00b7  ", parts);
    }

    private static String blankOr(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
