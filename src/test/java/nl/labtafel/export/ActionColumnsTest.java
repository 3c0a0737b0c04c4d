package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.CarriedFrom;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** The action list an organiser refers to as "actie 3": numbers, readable columns, progress, order by date. */
class ActionColumnsTest {
    private final ExportService service = new ExportService(Fixtures.templates());

    private static List<String> column(XWPFTable t, int c) {
        return t.getRows().stream().skip(1).map(r -> r.getCell(c).getText()).toList();
    }

    private static List<String> header(XWPFTable t) {
        return t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static int width(XWPFTable t, int c) {
        return t.getCTTbl().getTblGrid().getGridColArray(c).getW() instanceof BigInteger b ? b.intValue()
                : Integer.parseInt(t.getCTTbl().getTblGrid().getGridColArray(c).getW().toString());
    }

    private static Session withOrganisations() {
        Session s = Fixtures.lab();
        s.getActions().get(0).setOwner("Woningcorporatie");
        s.getActions().get(1).setOwner("Maatschappelijke organisaties");
        s.getActions().get(2).setOwner("Uitzendbureaus");
        s.getActions().get(1).setRemark("Eerste afspraak gepland");
        return s;
    }

    @Test
    void numbersAreTheAppsNumbersAndSkipActionsWithoutText() throws Exception {
        Session s = withOrganisations();
        s.getActions().add(1, new ActionItem("blank", "   ", "Gemeente"));
        ActionNumbers numbers = ActionNumbers.of(s);
        try (Docx minutes = new Docx(service.renderMinutes(s, ExportOptions.defaults(), ExportProgress.NONE));
                Docx actions = new Docx(service.renderActions(s, ExportOptions.defaults(), ExportProgress.NONE))) {
            for (Docx docx : List.of(minutes, actions)) {
                XWPFTable t = docx.tables().get(docx.tables().size() - 1);
                assertEquals("Nr.", header(t).get(0));
                assertEquals(List.of("1", "2", "3"), column(t, 0));
                assertEquals(List.of("1", "2", "3"), List.of(s.getActions().get(0), s.getActions().get(2),
                        s.getActions().get(3)).stream().map(a -> String.valueOf(numbers.number(a).getAsInt())).toList());
            }
        }
    }

    @Test
    void carriedActionsStandUnderSinceLastTimeNotAgainUnderAgreedButKeepTheirNumbersInTheActionList() throws Exception {
        Session s = withOrganisations();
        s.getActions().get(0).setCarriedFrom(new CarriedFrom());
        try (Docx minutes = new Docx(service.renderMinutes(s, ExportOptions.defaults(), ExportProgress.NONE));
                Docx actions = new Docx(service.renderActions(s, ExportOptions.defaults(), ExportProgress.NONE))) {
            XWPFTable agreed = minutes.tables().get(minutes.tables().size() - 1);
            assertEquals(List.of("2", "3"), column(agreed, 0), "tonight's actions, with the app's numbers");
            XWPFTable list = actions.tables().get(actions.tables().size() - 1);
            assertEquals(List.of("1", "2", "3"), column(list, 0), "the action list still has every action");
        }
    }

    @Test
    void columnsAreWideEnoughForTheLongestWordSoNamesDoNotBreakMidWord() throws Exception {
        try (Docx docx = new Docx(service.renderActions(withOrganisations(), ExportOptions.defaults(),
                ExportProgress.NONE))) {
            XWPFTable t = docx.tables().get(0);
            int who = header(t).indexOf("Wie");
            // "Woningcorporatie" is 16 letters at 9 pt: about 16 x 0.5 em x 180 twips = 1,440 twips plus cell margins.
            assertTrue(width(t, who) >= 1600, "Wie column " + width(t, who) + " twips");
            assertTrue(width(t, 0) < 700, "the number column stays narrow: " + width(t, 0));
            int when = header(t).indexOf("Wanneer");
            // "12 september 2018" would read badly as "12 september / 2018": dates keep one line.
            assertTrue(width(t, when) >= 12 * 180 * 0.5, "Wanneer column " + width(t, when));
            int what = header(t).indexOf("Wat");
            assertTrue(width(t, what) > width(t, who), "the action text gets the most room");
            int total = 0;
            for (int c = 0; c < header(t).size(); c++) {
                total += width(t, c);
            }
            // The action list's template is A4 landscape with 2.5 cm margins: 14,002 twips between them.
            assertTrue(total <= 14002 && total > 13900, "fills the text width: " + total);
        }
    }

    @Test
    void progressColumnInTheActionListAlwaysAndInTheMinutesWhenWritten() throws Exception {
        Session s = withOrganisations();
        try (Docx minutes = new Docx(service.renderMinutes(s, ExportOptions.defaults(), ExportProgress.NONE));
                Docx actions = new Docx(service.renderActions(s, ExportOptions.defaults(), ExportProgress.NONE))) {
            XWPFTable m = minutes.tables().get(0);
            assertEquals("Voortgang / opmerkingen", header(m).get(header(m).size() - 1));
            assertEquals(List.of("", "Eerste afspraak gepland", ""), column(m, header(m).size() - 1));
            XWPFTable a = actions.tables().get(0);
            assertEquals(List.of("", "Eerste afspraak gepland", ""), column(a, 6));
        }
        s.getActions().forEach(a -> a.setRemark(""));
        try (Docx minutes = new Docx(service.renderMinutes(s, ExportOptions.defaults(), ExportProgress.NONE))) {
            assertEquals(List.of("Nr.", "Wat", "Wie", "Wanneer"), header(minutes.tables().get(0)));
        }
    }

    @Test
    void sortedByDueDateEachActionKeepsItsNumber() throws Exception {
        Session s = withOrganisations();
        s.getActions().get(0).setDue(LocalDate.of(2018, 6, 1));
        s.getActions().get(1).setDue(null);
        s.getActions().get(2).setDue(LocalDate.of(2018, 5, 15));
        ExportOptions byDate = ExportOptions.defaults().withActionsByDueDate(true);
        try (Docx minutes = new Docx(service.renderMinutes(s, byDate, ExportProgress.NONE));
                Docx actions = new Docx(service.renderActions(s, byDate, ExportProgress.NONE))) {
            assertEquals(List.of("3", "1", "2"), column(minutes.tables().get(0), 0), "15 May, 1 June, undated last");
            assertEquals(List.of("3", "1", "2"), column(actions.tables().get(0), 0));
            assertEquals(List.of("15 mei 2018", "1 juni 2018", ""), column(actions.tables().get(0), 3));
            assertTrue(actions.allText().contains("op datum; het nummer blijft dat van de afspraak"));
        }
    }
}
