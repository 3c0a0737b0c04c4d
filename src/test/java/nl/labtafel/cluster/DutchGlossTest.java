package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DutchGlossTest {
    private static DutchGloss gloss;

    @BeforeAll
    static void load() {
        gloss = DutchGloss.load();
    }

    @Test
    void aLongWordTypedWithOneLetterWrongMeansTheWordMeant() {
        String[] library = gloss.of("bibliotheek");
        assertEquals("library", library[0]);
        assertArrayEquals(library, gloss.ofOrNear("bibliotheeek"), "a letter too many");
        assertArrayEquals(library, gloss.ofOrNear("bibliothek"), "a letter left out");
        assertArrayEquals(library, gloss.ofOrNear("bibliotheak"), "a letter changed");
        assertEquals(0, gloss.of("bibliotheeek").length, "only ofOrNear guesses");
    }

    @Test
    void aShortWordIsNeverGuessedItHasTooManyNeighbours() {
        assertEquals("weed", gloss.of("wieden")[0]);
        assertEquals(0, gloss.ofOrNear("wiedn").length);
        assertEquals(0, gloss.ofOrNear("xqzvbnmlk").length, "nothing near");
    }

    @Test
    void commonWordsGetTheirEverydaySenseNotFreeDictsFirstOne() {
        // FreeDict's first senses were kinderen "bother", jongeren "juggle", planning "anxiety", talen "amount",
        // dag "goodday": the own gloss of common words is asked first.
        assertEquals("children", gloss.of("kinderen")[0]);
        assertEquals("youth", gloss.of("jongeren")[0]);
        assertEquals("planning", gloss.of("planning")[0]);
        assertEquals("languages", gloss.of("talen")[0]);
        assertEquals("day", gloss.of("dag")[0]);
        assertEquals("neighbourhoods", gloss.of("wijken")[0]);
        assertEquals("cycle", gloss.of("fietspaden")[0], "a plural the list does not write falls back to its word");
    }

    @Test
    void verbFormsAreMadeFromTheStem() {
        for (String form : new String[] {"werkt", "werkte", "gewerkt", "werkend"}) {
            assertEquals("work", gloss.of(form)[0], form);
        }
        assertEquals("pay", gloss.of("betaald")[0], "no ge- after be-");
        assertEquals("organise", gloss.of("georganiseerd")[0]);
        assertEquals("tidy", gloss.of("opgeruimd")[0], "a separable verb's participle");
        assertEquals(List.of("werk", "werkt", "werkte", "werkten", "gewerkt", "werkend"),
                CoreGloss.forms("werken", null));
        assertEquals("woon", CoreGloss.stem("wonen"));
        assertEquals("leef", CoreGloss.stem("leven"));
        assertEquals("zet", CoreGloss.stem("zetten"));
        assertEquals("regel", CoreGloss.stem("regelen"));
    }

    @Test
    void lightVerbsCarryNoThemeAndAreNotLookedUpFurther() {
        assertTrue(gloss.carriesNoMeaning("gaat"));
        assertTrue(gloss.carriesNoMeaning("krijgen"));
        assertEquals(0, gloss.of("gaat").length);
        assertFalse(gloss.carriesNoMeaning("woning"));
    }

    @Test
    void freeDictWordsSpeltWithTheLigatureAreFoundAsTyped() {
        // 1,556 FreeDict headwords were spelt with ĳ (U+0133) and never matched a note's "ij".
        for (String word : new String[] {"gevaarlijk", "bedrijfsleven", "vrijheid", "tijdschrift"}) {
            assertTrue(gloss.of(word).length > 0, word);
        }
    }

    @Test
    void everyEnglishWordOfTheOwnGlossHasAVector() {
        WordVectors vectors = WordVectors.load();
        for (Map.Entry<String, String[]> e : CoreGloss.load().entrySet()) {
            for (String english : e.getValue()) {
                assertTrue(vectors.get(english) != null, e.getKey() + " -> " + english + " adds no meaning");
            }
        }
        assertTrue(CoreGloss.load().size() > 2500, "words and forms " + CoreGloss.load().size());
    }
}
