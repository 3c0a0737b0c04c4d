package nl.labtafel.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.labtafel.AppPaths;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionTemplate;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Nieuwe sessie" without a screen: which format, what the fields make, and what is said when they cannot. */
class NewSessionViewModelTest {
    private static final Messages NL = Messages.forLanguage("nl");
    private static final AppPaths PROJECT = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "")));
    private NewSessionViewModel model;
    private Path evening;

    @BeforeEach
    void offerTheProjectsTemplates() throws Exception {
        TemplateStore store = new TemplateStore();
        evening = PROJECT.defaultTemplate();
        Path shortFormat = PROJECT.templates().resolve("lab-kort.json");
        model = new NewSessionViewModel(NL, LocalDate.of(2026, 12, 3));
        model.setTemplates(List.of(Map.entry(shortFormat, store.load(shortFormat)),
                Map.entry(evening, store.load(evening))), evening);
    }

    /** Issue 13's seed run: "Sessie maken" before the folder was read said there was no template at all. */
    @Test
    void beforeTheTemplatesAreReadItSaysSoAndAReReadKeepsTheChoiceAndTicks() throws Exception {
        NewSessionViewModel early = new NewSessionViewModel(NL, LocalDate.of(2026, 12, 3));
        early.titleProperty().set("LAB");
        assertTrue(early.build().isEmpty());
        assertTrue(early.problemProperty().get().contains("nog gelezen"), early.problemProperty().get());

        TemplateStore store = new TemplateStore();
        Path shortFormat = PROJECT.templates().resolve("lab-kort.json");
        model.templateProperty().set(model.templates().get(0));
        model.groups().get(0).chosen().set(false);
        model.setTemplates(List.of(Map.entry(shortFormat, store.load(shortFormat)),
                Map.entry(evening, store.load(evening))), evening);
        assertEquals(shortFormat, model.templateProperty().get().getKey(), "the lists read again keep the choice");
        assertFalse(model.groups().get(0).chosen().get(), "and the unticked group");
    }

    @Test
    void theEveningFormatIsChosenAndFillsTimesAndGroups() {
        SessionTemplate chosen = model.templateProperty().get().getValue();
        assertEquals(evening, model.templateProperty().get().getKey());
        assertEquals("19.30", model.startProperty().get(), "as the minutes write times");
        assertEquals("21.30", model.endProperty().get());
        assertEquals(chosen.getActorGroups().size(), model.groups().size());
        assertEquals("Inwoners", model.groups().get(0).name());
    }

    @Test
    void theFieldsMakeTheSessionInTheInterfaceLanguage() {
        model.titleProperty().set("  Arbeidsmigranten LAB ");
        model.subjectProperty().set("Wonen en werken");
        model.placeProperty().set("Stadhuis");
        model.participantsProperty().set("25");
        model.startProperty().set("19:45");
        // Every group starts ticked (issue 13); who is not there is unticked.
        assertTrue(model.groups().stream().allMatch(g -> g.chosen().get()));
        model.groups().forEach(g -> g.chosen().set(false));
        model.groups().get(0).chosen().set(true);
        Session session = model.build().orElseThrow();
        assertEquals("Arbeidsmigranten LAB", session.getHeader().getTitle());
        assertEquals(LocalDate.of(2026, 12, 3), session.getHeader().getDate());
        assertEquals(LocalTime.of(19, 45), session.getHeader().getStartTime());
        assertEquals(25, session.getHeader().getParticipantCount());
        assertEquals(List.of(model.groups().get(0).id()), session.getHeader().getStakeholderGroups());
        assertEquals("nl", session.getLanguage());
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void everyUnreadableFieldIsNamedAndNoSessionIsMade() {
        model.startProperty().set("half acht");
        model.participantsProperty().set("veel");
        Optional<Session> session = model.build();
        assertTrue(session.isEmpty());
        String problem = model.problemProperty().get();
        assertEquals(3, problem.lines().count(), "no title, bad time, bad count: " + problem);
        assertTrue(problem.contains("half acht") && problem.contains("veel"), problem);
    }

    @Test
    void aSessionThatWouldNotLoadAgainIsRefused() {
        model.titleProperty().set("Avond");
        model.startProperty().set("21:00");
        model.endProperty().set("20:00");
        assertTrue(model.build().isEmpty(), "end before start");
        assertFalse(model.problemProperty().get().isBlank());
        model.endProperty().set("22:00");
        assertTrue(model.build().isPresent());
        assertEquals("", model.problemProperty().get(), "the problem goes once it is fixed");
    }

    @Test
    void anotherFormatReplacesTheGroups() {
        model.groups().get(0).chosen().set(false);
        model.templateProperty().set(model.templates().get(0));
        assertTrue(model.groups().stream().allMatch(g -> g.chosen().get()), "ticks belong to the format they came with");
    }
}
