package nl.labtafel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.RoomItemStatus;
import nl.labtafel.model.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone page in a real browser (Debian's Chromium, headless, a phone's 390x844 viewport) against the
 * real server on loopback: pick a group, send a post-it with markup in it, see it as text with its status,
 * lose the connection and get it through once, place dots, all in Dutch and in English. With
 * {@code -Droom.shots=DIR} it also saves a screenshot of every phase.
 */
class PhonePageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PAYLOAD = "<b>vet</b><img src=x onerror=\"document.title='hacked'\">";

    @TempDir
    Path dir;
    private RoomFixture room;
    private WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (room != null) {
            room.close();
        }
    }

    private WebDriver open(String language) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"),
                "--window-size=390,844", "--lang=" + language, "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // A phone: 390x844 CSS pixels, touch, a phone's user agent (Chrome's own device emulation).
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 11; Pixel 4a) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/90.0 Mobile Safari/537.36"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        return browser;
    }

    private RoomFixture serve() throws Exception {
        room = new RoomFixture(dir, RoomLimits.defaults());
        room.onOwner(() -> {
            room.session.getThemes().add(new Theme("t-taal", "Taal en ontmoeting"));
            room.session.getThemes().add(new Theme("t-wonen", "Huisvesting"));
            room.session.getTeams().add(new ResearchTeam("team-wonen", "t-wonen"));
            return null;
        });
        return room;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private WebElement visible(String id) {
        return waiting().until(d -> {
            WebElement e = d.findElement(By.id(id));
            return e.isDisplayed() ? e : null;
        });
    }

    private void waitForText(String id, String text) {
        waiting().until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    private void shot(String name) throws Exception {
        String folder = System.getProperty("room.shots");
        if (folder != null) {
            File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(Path.of(folder));
            Files.copy(png.toPath(), Path.of(folder, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Taps + on a theme; the list is redrawn after every tap, so the button is looked up afresh. */
    private void addDot(int theme) {
        int before = ((Long) js("return document.querySelectorAll('#themes .mine')[" + theme + "].textContent|0")).intValue();
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElements(By.cssSelector("#themes .dot:last-child")).get(theme).click();
            return true;
        });
        waiting().ignoring(StaleElementReferenceException.class).until(d ->
                ((Long) js("return document.querySelectorAll('#themes .mine')[" + theme + "].textContent|0")).intValue()
                        == before + 1);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void aParticipantWritesAPostItSeesItAsTextAndGetsItThroughAfterLosingTheConnection() throws Exception {
        serve();
        open("nl");
        room.phase(PhaseKind.INTRODUCTION);
        browser.get(room.base() + "/r/" + room.secret + "/");
        waitForText("waiting-text", "Even wachten");
        assertEquals(List.of(390L, 844L), List.of((Long) js("return window.innerWidth"), (Long) js("return window.innerHeight")));
        shot("nl-1-wachten");

        room.phase(PhaseKind.INVENTORY);
        waitForText("pick-group-title", "Voor welke groep spreek je?");
        shot("nl-2-groep-kiezen");
        List<WebElement> groups = browser.findElements(By.cssSelector("#groups .choice"));
        assertEquals(6, groups.size());
        for (WebElement g : groups) {
            assertTrue(g.getRect().getHeight() >= 44, "touch target of at least 44 px: " + g.getText());
        }
        groups.get(5).click(); // Gemeente
        WebElement text = visible("text");
        assertEquals("Jouw post-it", browser.findElement(By.id("text-label")).getText());
        assertEquals(1L, js("return document.getElementById('text').labels.length"), "the field has a label for screen readers");
        text.sendKeys(PAYLOAD);
        browser.findElement(By.id("send")).click();
        waitForText("sent", "Ontvangen, wacht op de gespreksleider");
        assertEquals(PAYLOAD, browser.findElement(By.cssSelector("#sent .text")).getText(), "shown as text");
        assertEquals(0L, js("return document.querySelectorAll('#sent b, #sent img, #sent script').length"));
        assertEquals("Zaal <b>test</b>", browser.getTitle().isEmpty() ? "" : js("return document.getElementById('title').textContent"));
        RoomItem item = room.onOwner(() -> room.session.getRoom().getInbox().get(0));
        assertEquals(PAYLOAD, item.getText());
        assertEquals("gemeente", item.getActorGroupId());
        shot("nl-3-post-it-verstuurd");

        room.onOwner(() -> {
            InboxChange.accept(room.session, List.of(item), Map.of(), n -> { }).apply();
            return null;
        });
        waitForText("sent", "Opgenomen");

        // The laptop's page goes away (Wi-Fi drops): the post-it waits on the phone and goes through once.
        int port = room.server.port();
        room.server.stop();
        browser.findElement(By.id("text")).sendKeys("Buurtkamer op zaterdag");
        browser.findElement(By.id("send")).click();
        waitForText("sent", "Geen verbinding met de laptop");
        shot("nl-4-geen-verbinding");
        room.server.start("127.0.0.1", port, room.secret, room.code);
        waiting().until(d -> {
            try {
                return room.onOwner(() -> room.session.getRoom().getInbox().size()) == 1;
            } catch (Exception e) {
                return false;
            }
        });
        waitForText("sent", "Ontvangen, wacht op de gespreksleider");
        Thread.sleep(4_500); // one more round of the page's retries: still one item
        assertEquals(1, (int) room.onOwner(() -> room.session.getRoom().getInbox().size()));
        assertEquals(2, (int) room.onOwner(() -> room.session.getRoom().getReceipts().size()));

        room.phase(PhaseKind.INSIGHTS);
        waitForText("write-title", "Kansen en uitdagingen");
        browser.findElements(By.cssSelector("#kinds .choice")).get(3).click(); // Idee
        browser.findElement(By.id("text")).sendKeys("Een taalmaatje voor elke nieuwe collega");
        browser.findElement(By.id("send")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#sent li")).size() == 3);
        shot("nl-5-kansen");

        room.phase(PhaseKind.THEMES);
        waitForText("vote-title", "Zet je stippen");
        addDot(0);
        addDot(0);
        addDot(1);
        waitForText("vote-state", "Je stippen zijn bewaard.");
        waitForText("dots-left", "Je hebt nog 0 van 3 stippen.");
        assertEquals(0L, js("return document.querySelectorAll('#themes .votes').length"), "no counts while voting is open");
        assertEquals(List.of("t-taal", "t-taal", "t-wonen"),
                room.onOwner(() -> List.copyOf(room.session.getRoom().getBallots().values().iterator().next())));
        shot("nl-6-stippen");
        room.onOwner(() -> {
            RoomVotes.close(room.session).apply();
            return null;
        });
        waitForText("results-title", "Uitslag van de stemming");
        waitForText("result-list", "2 stippen");
        shot("nl-7-uitslag");

        room.phase(PhaseKind.RESEARCH_TEAMS);
        waitForText("write-title", "Onderzoeksteam");
        browser.findElements(By.cssSelector("#lanes .choice")).get(2).click();
        browser.findElement(By.id("text")).sendKeys("Proef: woonmakelaar voor arbeidsmigranten");
        browser.findElement(By.id("send")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#sent li")).size() == 4);
        waitForText("sent", "Ontvangen");
        shot("nl-8-onderzoeksteam");
        RoomItem canvas = room.onOwner(() -> room.session.getRoom().getInbox().get(room.session.getRoom().getInbox().size() - 1));
        assertEquals("team-wonen", canvas.getTeamId());
        assertEquals(CanvasLane.TRIALS, canvas.getLane());
        assertTrue(room.server.phonePageBytes() < 100 * 1024, "phone page " + room.server.phonePageBytes() + " bytes");
    }

    @Test
    void anEnglishPhoneGetsTheEnglishPage() throws Exception {
        serve();
        open("en-GB");
        room.phase(PhaseKind.INVENTORY);
        browser.get(room.base() + "/r/" + room.secret + "/");
        waitForText("pick-group-title", "Which group do you speak for?");
        assertEquals("en", js("return document.documentElement.lang"));
        assertTrue(browser.findElement(By.id("groups")).getText().contains("Labour migrants"));
        shot("en-2-pick-group");
        browser.findElements(By.cssSelector("#groups .choice")).get(1).click();
        browser.findElement(By.id("text")).sendKeys("x".repeat(290));
        browser.findElement(By.id("send")).click();
        waitForText("problem", "Too long: at most 280 characters.");
        browser.findElement(By.id("text")).clear();
        browser.findElement(By.id("text")).sendKeys("Language café at the library on Tuesdays");
        browser.findElement(By.id("send")).click();
        waitForText("sent", "Received, waiting for the facilitator");
        shot("en-3-sent");
        room.onOwner(() -> {
            List<RoomItem> inbox = List.copyOf(room.session.getRoom().getInbox());
            InboxChange.reject(room.session, inbox).apply();
            return null;
        });
        waitForText("sent", "Not accepted");
        assertEquals(RoomItemStatus.REJECTED, room.onOwner(() -> room.session.getRoom().getReceipts().values().iterator().next()));

        room.phase(PhaseKind.INSIGHTS);
        waitForText("write-title", "Opportunities and challenges");
        shot("en-4-insights");
        room.phase(PhaseKind.THEMES);
        waitForText("vote-title", "Place your dots on the themes");
        addDot(1);
        waitForText("vote-state", "Your dots are saved.");
        shot("en-5-dots");
        room.onOwner(() -> {
            RoomVotes.close(room.session).apply();
            return null;
        });
        waitForText("results-title", "Result of the vote");
        shot("en-6-result");
        room.phase(PhaseKind.RESEARCH_TEAMS);
        waitForText("write-title", "Research team");
        shot("en-7-team");
        room.phase(PhaseKind.FOLLOW_UP);
        waitForText("waiting-text", "Please wait");
        shot("en-1-waiting");

        browser.get(room.base() + "/");
        assertTrue(browser.getPageSource().contains("Scan the code on the screen"));
        shot("scan-page");
    }
}
