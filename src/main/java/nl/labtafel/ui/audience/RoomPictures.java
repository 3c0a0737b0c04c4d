package nl.labtafel.ui.audience;

import java.awt.image.BufferedImage;
import java.util.List;
import nl.labtafel.export.MinutesPictures;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;

/**
 * The minutes' pictures are the room's own pages: the inventory and themes laid out by {@link AudienceLayout}, as
 * the projector shows them, and painted by {@link PagePainter} with Java2D on the export's background thread (no
 * JavaFX, so the command line's export draws the same pictures without a display).
 * <p>
 * The pages are laid out at {@value #WIDTH}×{@value #HEIGHT}, the shape of A4 landscape: across the text width
 * of an A4 page (16 cm) the smallest text the layout allows (20 px) prints at about 9 pt, group names and post-its
 * stay legible on paper, and two pages fit one side. Painted at {@value #SCALE}×, about 240 dpi on paper: sharp
 * print, and a quarter of the pixels to encode of 2× (the PNG encoding is most of the pictures' cost).
 */
public final class RoomPictures implements MinutesPictures {
    static final int WIDTH = 1024;
    static final int HEIGHT = 724;
    static final double SCALE = 1.5;

    @Override
    public Pages inventory(Session session, Language language) {
        return session.getNotes().isEmpty() ? NONE : pages(session, language, PhaseKind.INVENTORY);
    }

    @Override
    public Pages themes(Session session, Language language) {
        return session.getThemes().isEmpty() ? NONE : pages(session, language, PhaseKind.THEMES);
    }

    /** The laid-out pages of a phase, with nothing selected; painted one by one when asked. */
    static List<Page> layout(Session session, Language language, PhaseKind kind, AwtTextMeasure measure) {
        Phase phase = session.getPhases().stream().filter(p -> p.getKind() == kind).findFirst().orElse(null);
        String name = phase == null || phase.getName() == null ? "" : phase.getName().get(language);
        AudienceLayout.Request request = new AudienceLayout.Request(kind, name, phase == null ? null : phase.getId(),
                null, null, null, WIDTH, HEIGHT);
        return new AudienceLayout(measure, Messages.forLanguage(language)).pages(session, request);
    }

    private static Pages pages(Session session, Language language, PhaseKind kind) {
        AwtTextMeasure measure = new AwtTextMeasure();
        List<Page> pages = layout(session, language, kind, measure);
        PagePainter painter = new PagePainter(measure);
        return new Pages() {
            @Override
            public int count() {
                return pages.size();
            }

            @Override
            public BufferedImage draw(int index) {
                return painter.paint(pages.get(index), SCALE);
            }
        };
    }
}
