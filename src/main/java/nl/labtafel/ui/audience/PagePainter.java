package nl.labtafel.ui.audience;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Paints one {@link Page} with Java2D as {@link PageView} draws it on the projector: the same boxes, palette,
 * corners and borders, the lines where the layout put them. Used for the minutes' pictures, which are made on the
 * export's background thread: a JavaFX snapshot would hold the FX thread 0.1–0.4 s per page and needs a toolkit,
 * which the command line's export has not.
 */
public final class PagePainter {
    private final AwtTextMeasure measure;
    private final Map<String, Color> colours = new HashMap<>();

    public PagePainter(AwtTextMeasure measure) {
        this.measure = measure;
    }

    /**
     * The page as an image {@code scale} times its size in layout pixels. Three bytes a pixel: the JDK's PNG writer
     * encodes that in about half the time of an int-per-pixel image (measured, 2,048×1,448 pages).
     */
    public BufferedImage paint(Page page, double scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(page.width() * scale),
                (int) Math.ceil(page.height() * scale), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            g.setColor(colour(Palette.GROUND));
            g.fill(new Rectangle2D.Double(0, 0, page.width(), page.height()));
            for (Box b : page.boxes()) {
                paint(g, b);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void paint(Graphics2D g, Box b) {
        switch (b.role()) {
            case BAR -> {
                g.setColor(colour(b.fill()));
                g.fill(new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h()));
                return;
            }
            case CARD, HEADING -> {
                if (b.fill() != null || b.role() == Box.Role.CARD || b.highlighted()) {
                    background(g, b);
                }
            }
            default -> { }
        }
        Font font = measure.font(b.size(), b.bold());
        float ascent = font.getLineMetrics("Hg", measure.context()).getAscent();
        g.setFont(font);
        g.setColor(colour(b.ink()));
        double lh = b.lineHeight();
        for (int i = 0; i < b.lines().size(); i++) {
            String line = b.lines().get(i);
            if (!line.isEmpty()) {
                g.drawString(line, (float) (b.x() + b.padding()), (float) (b.y() + b.padding() + i * lh + ascent));
            }
        }
    }

    /** As {@code PageView.background}: rounded, a border inside the box when selected or on a white card. */
    private void background(Graphics2D g, Box b) {
        double radius = Math.max(3, b.size() * 0.25);
        String fill = b.fill() == null ? Palette.GROUND : b.fill();
        boolean tintedCard = b.role() == Box.Role.CARD && Palette.tinted(b.fill()) && !b.highlighted();
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), 2 * radius,
                2 * radius);
        if (tintedCard) { // the group's colour as a band on the left edge, the face a light tint of it
            g.setColor(colour(fill));
            g.fill(shape);
            double band = Palette.band(b.size());
            g.setColor(colour(Palette.face(fill)));
            g.fill(new RoundRectangle2D.Double(b.x() + band, b.y(), b.w() - band, b.h(), 2 * radius, 2 * radius));
            g.fill(new Rectangle2D.Double(b.x() + band, b.y(), Math.min(radius, b.w() - band), b.h()));
            return;
        }
        g.setColor(colour(b.role() == Box.Role.CARD ? Palette.face(fill) : fill));
        g.fill(shape);
        double border = b.highlighted() ? Math.max(4, b.size() * 0.22)
                : Palette.CARD.equals(fill) ? Math.max(1, b.size() * 0.08) : 0;
        if (border > 0) {
            g.setColor(colour(b.highlighted() ? Palette.INK : Palette.CARD_LINE));
            g.setStroke(new BasicStroke((float) border));
            double in = border / 2;
            g.draw(new RoundRectangle2D.Double(b.x() + in, b.y() + in, b.w() - border, b.h() - border,
                    2 * radius - border, 2 * radius - border));
        }
    }

    private Color colour(String hex) {
        return colours.computeIfAbsent(hex == null ? Palette.INK : hex, h -> {
            try {
                return new Color(Integer.parseInt(h.substring(1, 7), 16));
            } catch (RuntimeException e) {
                return Color.decode(Palette.INK);
            }
        });
    }
}
