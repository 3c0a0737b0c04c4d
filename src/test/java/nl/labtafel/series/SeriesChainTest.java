package nl.labtafel.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.AppPaths;
import nl.labtafel.cli.LabtafelCommand;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportProgress;
import nl.labtafel.export.ExportService;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series of three: the example LAB, a follow-up made on the command line, and a follow-up of that, with
 * actions changing status in between. The third session's minutes are read back with POI, and the series
 * overview finds all three and shows every action once, in its latest state.
 */
class SeriesChainTest {
    private static final Path PROJECT = Path.of(System.getProperty("labtafel.projectDir", "."));
    private final SessionStore store = new SessionStore();

    @TempDir
    Path dir;

    private int cli(String... args) {
        String previous = System.setProperty("labtafel.lang", "nl");
        try {
            return LabtafelCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new AppPaths(PROJECT));
        } finally {
            System.setProperty("labtafel.lang", previous == null ? "nl" : previous);
        }
    }

    @Test
    void threeSessionsCarryActionsAndTheThirdMinutesTellHowTheyStand() throws Exception {
        Path first = Files.copy(PROJECT.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"),
                dir.resolve("lab-1.json"));
        Session one = store.load(first);
        one.getActions().add(new ActionItem("a-extra", "Leefstijlonderzoek verkennen", "Ondernemers"));
        one.getActions().add(new ActionItem("a-done", "Datumprikker versturen", "Gemeente"));
        one.getActions().get(2).setStatus(ActionStatus.DONE);
        one.getActions().get(1).setDue(LocalDate.of(2018, 6, 1));
        store.save(one, first);

        Path second = dir.resolve("lab-2.json");
        assertEquals(0, cli("new", "--continue-from", first.toString(), "--out", second.toString(), "--date",
                "2018-06-12"));
        Session two = store.load(second);
        assertEquals(one.getHeader().getTitle(), two.getHeader().getTitle());
        assertEquals("lab-1.json", two.getSeries().getPreviousFile());
        assertEquals(one.getActorGroups().size(), two.getActorGroups().size());
        assertEquals(3, two.getSeries().getCarriedThemes().size(), "three teams' mogelijk vervolg");
        List<ActionItem> carried = two.getActions().stream().filter(ActionItem::isCarried).toList();
        assertEquals(2, carried.size(), "the done action stays behind");
        assertEquals(1, carried.get(0).getCarriedFrom().getNumber());
        assertEquals("Huisvesting en handhaving", carried.get(0).getCarriedFrom().getThemeName());
        assertEquals(2, carried.get(1).getCarriedFrom().getNumber());

        carried.get(0).setStatus(ActionStatus.DONE);
        carried.get(0).setRemark("Bijeenkomst was op 12 juni");
        carried.get(1).setStatus(ActionStatus.IN_PROGRESS);
        carried.get(1).setRemark("Offerte opgevraagd");
        two.getActions().add(new ActionItem("a-new", "Forecasting huisvesting opstellen", "Gemeente"));
        store.save(two, second);

        Path third = dir.resolve("lab-3.json");
        assertEquals(0, cli("new", "--continue-from", second.toString(), "--out", third.toString(), "--date",
                "2018-09-18"));
        Session three = store.load(third);
        assertEquals(two.getSeries().getSeriesId(), three.getSeries().getSeriesId(), "one series id");
        List<ActionItem> carriedAgain = three.getActions().stream().filter(ActionItem::isCarried).toList();
        assertEquals(List.of("Leefstijlonderzoek verkennen", "Forecasting huisvesting opstellen"),
                carriedAgain.stream().map(ActionItem::getWhat).toList());
        assertEquals(ActionStatus.IN_PROGRESS, carriedAgain.get(0).getStatus());
        assertEquals(2, carriedAgain.get(0).getCarriedFrom().getNumber(), "its number in the second session");
        assertEquals("lab-2.json", carriedAgain.get(0).getCarriedFrom().getSessionFile());
        carriedAgain.get(0).setStatus(ActionStatus.DROPPED);
        carriedAgain.get(0).setRemark("Geen budget");
        carriedAgain.get(1).setStatus(ActionStatus.DONE);
        store.save(three, third);

        List<String> minutes = paragraphs(three);
        int section = minutes.indexOf("Heading1|Sinds de vorige keer");
        assertTrue(section > 0, minutes.toString());
        assertTrue(minutes.get(section + 1).startsWith("Normal|In het vorige LAB (Arbeidsmigranten LAB, 12 juni 2018)"
                + " zijn 2 actiepunten afgesproken die nog openstonden."), minutes.get(section + 1));
        assertTrue(minutes.contains("Heading3|Afgerond"));
        assertTrue(minutes.contains("ListBullet|Forecasting huisvesting opstellen (Gemeente)"), minutes.toString());
        assertTrue(minutes.contains("Heading3|Vervallen"));
        assertTrue(minutes.contains("ListBullet|Leefstijlonderzoek verkennen (Ondernemers) \u2013 Geen budget"));
        assertFalse(minutes.contains("Heading3|Loopt nog"), "no empty status groups");

        SeriesCatalog.Scan scan = SeriesCatalog.scan(dir);
        List<SeriesCatalog.Entry> series = SeriesCatalog.seriesOf(scan, first);
        assertEquals(List.of("lab-1.json", "lab-2.json", "lab-3.json"),
                series.stream().map(SeriesCatalog.Entry::fileName).toList());
        assertEquals(series, SeriesCatalog.seriesOf(scan, third), "the same series from any of its files");
        List<SeriesActions.Row> rows = SeriesActions.rows(series, LocalDate.of(2018, 10, 1));
        assertEquals(List.of("Datumprikker versturen", "Gemeente organiseert vervolgbijeenkomst en stuurt alle"
                + " aanwezigen hiervoor een datumprikker. Dan kunnen mensen zelf aangeven of ze wel of niet erbij"
                + " aanwezig willen zijn.", "Leefstijlonderzoek verkennen", "Forecasting huisvesting opstellen"),
                rows.stream().map(r -> r.action().getWhat()).toList(), "each action once, latest state");
        assertEquals(List.of("lab-1.json", "lab-2.json", "lab-3.json", "lab-3.json"),
                rows.stream().map(r -> r.entry().fileName()).toList());
        assertEquals(1, rows.stream().filter(r -> r.matches(ActionStatus.DROPPED, "ondernemers", null)).count());
    }

    @Test
    void anOpenActionPastItsDateIsOverdue() throws Exception {
        Session s = store.load(PROJECT.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json"));
        s.getActions().get(0).setDue(LocalDate.of(2018, 6, 1));
        Path file = dir.resolve("s.json");
        store.save(s, file);
        List<SeriesCatalog.Entry> series = SeriesCatalog.seriesOf(SeriesCatalog.scan(dir), file);
        assertTrue(SeriesActions.rows(series, LocalDate.of(2018, 6, 2)).get(0).overdue());
        assertFalse(SeriesActions.rows(series, LocalDate.of(2018, 6, 1)).get(0).overdue());
        s.getActions().get(0).setStatus(ActionStatus.DONE);
        store.save(s, file);
        series = SeriesCatalog.seriesOf(SeriesCatalog.scan(dir), file);
        assertFalse(SeriesActions.rows(series, LocalDate.of(2019, 1, 1)).get(0).overdue(), "done is never overdue");
    }

    private List<String> paragraphs(Session session) throws Exception {
        byte[] docx = new ExportService(PROJECT.resolve("templates")).renderMinutes(session, ExportOptions.defaults(),
                ExportProgress.NONE);
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                String style = p.getStyleID() == null ? "Normal"
                        : doc.getStyles().getStyle(p.getStyleID()).getName().replace(" ", "");
                style = style.substring(0, 1).toUpperCase() + style.substring(1);
                out.add(style + "|" + p.getText());
            }
        }
        return out;
    }
}
