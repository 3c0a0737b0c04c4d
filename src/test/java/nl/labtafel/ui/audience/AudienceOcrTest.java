package nl.labtafel.ui.audience;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The room's pages read by a machine from the back of the room: every card of the example session's inventory,
 * themes and canvases is drawn at 1280×720, shrunk to what an eye with normal acuity resolves at 8 m from a
 * 2.2 m wide projection (one pixel per arc minute: 2.2 m / 1280 px = 1.72 mm a pixel, 2.33 mm an arc minute at
 * 8 m, so 0.74), and read by Tesseract, Debian's OCR engine. Each card is read on its own (the page layout is ours,
 * the question is whether its letters survive the distance).
 */
@ExtendWith(ApplicationExtension.class)
class AudienceOcrTest {
    private static final Path TESSERACT = Path.of("/usr/bin/tesseract");
    private static final double AT_EIGHT_METRES = 1.72 / 2.33;

    @Test
    void theRoomReadsEveryCardFromEightMetres(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(TESSERACT),
                "Tesseract is not installed (apt-get install tesseract-ocr; .ci/run does)");
        Session s = AudienceLayoutTest.example();
        List<AudienceLayout.Request> requests = new ArrayList<>();
        for (PhaseKind phase : List.of(PhaseKind.INVENTORY, PhaseKind.INSIGHTS, PhaseKind.THEMES)) {
            requests.add(new AudienceLayout.Request(phase, "Fase", null, null, null, null, 1280, 720));
        }
        for (ResearchTeam team : s.getTeams()) {
            requests.add(new AudienceLayout.Request(PhaseKind.RESEARCH_TEAMS, "Fase", null, team.getId(), null, null,
                    1280, 720));
        }
        List<Crop> crops = new ArrayList<>();
        for (AudienceLayout.Request request : requests) {
            crops.addAll(cards(s, request));
        }
        List<String> texts = ocr(crops, dir);
        int words = 0;
        int read = 0;
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < crops.size(); i++) {
            Set<String> seen = words(texts.get(i));
            for (String line : crops.get(i).lines()) { // line by line: a word split with a hyphen is read in parts
                for (String w : words(line)) {
                    words++;
                    if (seen.contains(w)) {
                        read++;
                    } else {
                        unread.add(w);
                    }
                }
            }
        }
        System.out.printf("OCR from 8 m: %d of %d words on the cards read; not read: %s%n", read, words, unread);
        assertTrue(words > 300, words + " words on the cards");
        // Tesseract misreads a word now and then even in print; the room's pages should lose almost none.
        assertTrue(read >= words * 0.95, read + " of " + words + " words read from 8 m; not read: " + unread);
    }

    private record Crop(BufferedImage image, List<String> lines) {
    }

    /** Each card of each page, cut out of the drawn page and shrunk to the distance. */
    private static List<Crop> cards(Session s, AudienceLayout.Request request) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            FxTextMeasure measure = new FxTextMeasure();
            List<Crop> crops = new ArrayList<>();
            for (Page page : new AudienceLayout(measure, Messages.forLanguage("nl")).pages(s, request)) {
                BufferedImage drawn = PageRenderer.toBuffered(PageRenderer.snapshot(page, measure));
                for (Box b : page.boxes()) {
                    if (b.role() == Box.Role.CARD && !b.lines().isEmpty()) {
                        BufferedImage cut = drawn.getSubimage((int) b.x(), (int) b.y(),
                                (int) Math.min(b.w(), drawn.getWidth() - b.x()),
                                (int) Math.min(b.h(), drawn.getHeight() - b.y()));
                        crops.add(new Crop(shrink(cut), b.lines()));
                    }
                }
            }
            return crops;
        }).get();
    }

    private static BufferedImage shrink(BufferedImage in) {
        int w = (int) Math.round(in.getWidth() * AT_EIGHT_METRES);
        int h = (int) Math.round(in.getHeight() * AT_EIGHT_METRES);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(in.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return out;
    }

    /** One Tesseract run over all cards (a list file): its model loads once; pages come back split by form feeds. */
    private static List<String> ocr(List<Crop> crops, Path dir) throws IOException, InterruptedException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < crops.size(); i++) {
            Path file = dir.resolve("card-" + i + ".png");
            ImageIO.write(crops.get(i).image(), "png", file.toFile());
            files.add(file.toString());
        }
        Path list = Files.write(dir.resolve("cards.txt"), files);
        Process p = new ProcessBuilder(TESSERACT.toString(), list.toString(), "stdout", "--psm", "6", "-l", "eng")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tesseract finished");
        List<String> pages = List.of(text.split("\f", -1));
        assertTrue(pages.size() >= crops.size(), pages.size() + " pages read for " + crops.size() + " cards");
        return pages.subList(0, crops.size());
    }

    /** Words of three letters or more, lower case, without accents (the English model reads é as e at times). */
    private static Set<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        for (String w : plain.split("[^a-z0-9]+")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
        return words;
    }
}
