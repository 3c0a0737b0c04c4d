package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {
    private static final CompoundSplitter SPLITTER = CompoundSplitter.loadDutch();

    @Test
    void languageCompoundsShareTheirModifier() {
        assertEquals(List.of("taal", "café"), SPLITTER.split("Taalcafé"));
        assertEquals(List.of("taal", "coach"), SPLITTER.split("taalcoach"));
        assertEquals(List.of("taal", "lessen"), SPLITTER.split("taallessen"));
    }

    @Test
    void linkingSoundsAndLongestModifier() {
        assertEquals(List.of("arbeid", "migranten"), SPLITTER.split("arbeidsmigranten"));
        assertEquals(List.of("huisvesting", "beleid"), SPLITTER.split("huisvestingsbeleid"));
        assertEquals(List.of("buurt", "app"), SPLITTER.split("buurt-app"));
    }

    @Test
    void plainWordsAndDerivationsStayWhole() {
        assertTrue(SPLITTER.split("huisvesting").isEmpty(), "huis + vesting is not what huisvesting means");
        assertTrue(SPLITTER.split("eenzaamheid").isEmpty());
        assertTrue(SPLITTER.split("vergunning").isEmpty());
        assertTrue(SPLITTER.split("taal").isEmpty());
    }

    @Test
    void theLexiconIsLoaded() {
        assertTrue(SPLITTER.size() > 5000, "parts: " + SPLITTER.size());
    }
}
