package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
