package nl.labtafel.ui.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.labtafel.AppPaths;
import nl.labtafel.cli.LabtafelCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code labtafel render}: pages as PNG at the asked size; usage errors exit 2 with help, unreadable files exit 1. */
class RenderCommandTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("labtafel.projectDir", "."))
            .resolve("sessions/arbeidsmigranten-lab-2018-04-24.json");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the tests' toolkit; render uses the one that runs
    }

    private int run(String... args) {
        String previous = System.setProperty("labtafel.lang", "nl");
        try {
            return LabtafelCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), AppPaths.detect(), new RenderCommand());
        } finally {
            if (previous == null) {
                System.clearProperty("labtafel.lang");
            } else {
                System.setProperty("labtafel.lang", previous);
            }
        }
    }

    @Test
    void writesTheInventoryPagesAtTheAskedSize(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("pages");
        assertEquals(0, run("render", EXAMPLE.toString(), "--phase", "inventory", "--size", "1280x720", "--out",
                target.toString()), err.toString());
        BufferedImage page = ImageIO.read(target.resolve("page-1.png").toFile());
        assertEquals(1280, page.getWidth());
        assertEquals(720, page.getHeight());
        try (var files = Files.list(target)) {
            long pages = files.count();
            assertTrue(pages >= 1 && pages <= 3, pages + " pages");
        }
        assertTrue(distinctColours(page) > 20, "a drawn page, not an empty one");

        Path team = dir.resolve("team");
        assertEquals(0, run("render", EXAMPLE.toString(), "--phase", "teams", "--team", "2", "--size", "1920x1080",
                "--out", team.toString()), err.toString());
        assertEquals(1920, ImageIO.read(team.resolve("page-1.png").toFile()).getWidth());
    }

    @Test
    void badArgumentsExitTwoWithHelpAndAnUnreadableSessionExitsOneNamingTheFile(@TempDir Path dir) throws Exception {
        assertEquals(2, run("render", EXAMPLE.toString(), "--phase", "dessert", "--size", "1280x720", "--out",
                dir.toString()));
        assertTrue(err.toString().contains("dessert") && err.toString().contains("--size"), err.toString());
        assertEquals(2, run("render", EXAMPLE.toString(), "--phase", "inventory", "--size", "groot", "--out",
                dir.toString()));
        assertEquals(2, run("render", EXAMPLE.toString(), "--phase", "teams", "--team", "9", "--size", "1280x720",
                "--out", dir.toString()));
        assertEquals(2, run("render", EXAMPLE.toString(), "--phase", "inventory"));

        Path broken = dir.resolve("kapot.json");
        Files.writeString(broken, "{ \"schemaVersion\": ");
        err.reset();
        assertEquals(1, run("render", broken.toString(), "--phase", "inventory", "--size", "1280x720", "--out",
                dir.resolve("x").toString()));
        assertTrue(err.toString().contains("kapot.json"), err.toString());
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
