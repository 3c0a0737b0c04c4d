package nl.labtafel.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.labtafel.ui.insights.InsightsWorkspace;
import nl.labtafel.ui.shortcuts.ShortcutSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every icon a session can name (the templates' and the example's actor groups) and every icon of the
 * board's and insight lists' actions exists in the Material Design 2 pack; an unknown literal would
 * show an empty box on the projector.
 */
class IconLiteralsTest {
    private static final Pattern ICON = Pattern.compile("\"icon\"\\s*:\\s*\"([^\"]+)\"");

    /** Started the TestFX way, so the UI tests that share this JVM keep a working toolkit. */
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void actorGroupIconsOfTemplatesAndSessionsExist() throws IOException {
        Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
        List<String> literals = new ArrayList<>();
        for (String folder : List.of("templates", "sessions")) {
            try (Stream<Path> files = Files.list(project.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Matcher m = ICON.matcher(Files.readString(file));
                    while (m.find()) {
                        literals.add(m.group(1));
                    }
                }
            }
        }
        assertFalse(literals.isEmpty());
        literals.forEach(IconLiteralsTest::assertExists);
    }

    @Test
    void actionIconsOfBoardAndInsightListsExist() throws Exception {
        List<ShortcutSpec> actions = WaitForAsyncUtils.asyncFx(() -> {
            List<ShortcutSpec> all = new ArrayList<>();
            all.addAll(new InventoryWorkspace(BoardTestSessions.context(BoardTestSessions.threeGroups())).shortcuts());
            all.addAll(new InsightsWorkspace(BoardTestSessions.context(BoardTestSessions.threeGroups())).shortcuts());
            return all;
        }).get(30, TimeUnit.SECONDS);
        assertFalse(actions.isEmpty());
        actions.stream().map(ShortcutSpec::icon).filter(Objects::nonNull).forEach(IconLiteralsTest::assertExists);
    }

    private static void assertExists(String literal) {
        // FontIcon throws for a literal no installed icon pack knows.
        assertDoesNotThrow(() -> new FontIcon(literal), literal);
    }
}
