package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.SeedMinutes;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import org.junit.jupiter.api.Test;

/**
 * The example session's minutes carry every sentence of the seed minutes. The seed is read from the copy
 * bundled with the tests, so this runs on any clone, with or without {@code ../shared} beside it.
 */
class SeedSentencesTest {
    /** The one place the example writes differently: "post-its", as the app says everywhere else. */
    private static final String SEED_SPELLING = "post it's";
    private static final String APP_SPELLING = "post-its";

    @Test
    void everySentenceOfTheSeedIsInTheExamplesMinutes() throws Exception {
        Path file = Fixtures.templates().resolveSibling("sessions").resolve("arbeidsmigranten-lab-2018-04-24.json");
        Session session = new SessionStore().load(file);
        String minutes;
        try (Docx docx = new Docx(new ExportService(Fixtures.templates()).renderMinutes(session,
                ExportOptions.defaults(), ExportProgress.NONE))) {
            minutes = normalise(docx.allText());
        }
        List<String> sentences = sentences(SeedMinutes.bundledText());
        List<String> missing = new ArrayList<>();
        for (String sentence : sentences) {
            if (!minutes.contains(normalise(sentence.replace(SEED_SPELLING, APP_SPELLING)))) {
                missing.add(sentence);
            }
        }
        assertTrue(sentences.size() > 60, "the seed was read: " + sentences.size() + " sentences");
        assertEquals(List.of(), missing, "seed sentences missing from the example's minutes");
        assertTrue(minutes.contains("Hieruit blijkt dat er veel partijen actief zijn, zowel inwoners, als ondernemers, "
                + "organisaties als de gemeente."), "the inventory's summary, the sentence the app once lost");
    }

    /** Sentences of the seed: its paragraphs without list dashes, team numbers and label colons, then split. */
    static List<String> sentences(String seed) {
        List<String> result = new ArrayList<>();
        for (String paragraph : SeedMinutes.paragraphs(seed)) {
            String p = paragraph.replaceFirst("^- ", "").replaceFirst("^\\d+\\. ", "");
            if (p.endsWith(":") && p.split(" ").length <= 3) {
                p = p.substring(0, p.length() - 1); // "Opvallend:" is a heading in Word
            }
            for (String s : p.split("(?<=[.?!])\\s+(?=[A-Z\u00c9'])")) {
                if (!s.isBlank()) {
                    result.add(s.strip());
                }
            }
        }
        return result;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
