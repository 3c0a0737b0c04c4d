package nl.labtafel.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Glosses a Dutch word into English words (huur → hire rent rental), so that Dutch notes can use the English word
 * vectors: the sentence model behind them knows little Dutch (Dutch notes as they are: ARI 0.05-0.08; glossed: 0.18,
 * see docs/toolchain). Inflected forms fall back to their base (huren → huur, ouderen → oudere → oude), compounds to
 * their parts' glosses (huurachterstand → hire rent … + arrears), and a long word with one letter wrong to the word
 * meant ({@link #ofOrNear}). Two word lists: Labtafel's own gloss of about 1,900 common words and their forms
 * ({@link CoreGloss}, written for Labtafel) is asked first, with the same endings; FreeDict nld-eng
 * (src/tools/gloss-nl-en.py, GPL-2.0-or-later: see the README on the licences of the data files) for the rest.
 * FreeDict alone gives many wrong first senses (kinderen "bother", jongeren "juggle", planning "anxiety"); the own
 * list raised the ranking of same-theme Dutch notes (MAP, tuning 0.489 → 0.511). Without FreeDict the own list
 * scores lower (MAP 0.504, ARI 0.16 against 0.22: VariantSweep -Dgloss=core), so FreeDict stays for the rarer words.
 */
final class DutchGloss {
    static final String RESOURCE = "gloss-nl-en.txt";
    private static final String[] ENDINGS = {"en", "s", "'s", "e", "n", "es", "heden", "ingen", "jes", "tjes", "je"};

    /**
     * Only words this long are looked up with one letter wrong: shorter ones have too many neighbours (with 5 letters
     * "bieden" became "wieden", weed). Measured on the Dutch tuning sessions from 7 letters on: same-theme notes rank
     * higher (mean average precision 0.471 → 0.488) and the mean ARI over five cuts around the true theme count rose
     * from 0.214 to 0.250 (VariantSweep).
     */
    static final int MIN_TYPO_LENGTH = 7;

    /** Labtafel's own gloss of common words ({@link CoreGloss}): looked up first, with its endings. */
    private final Map<String, String[]> core;
    private final Map<String, String[]> gloss;
    /** Each long headword with one letter left out, to the headword: finds a word typed with one letter wrong. */
    private final Map<String, String> oneLetterOut;

    private DutchGloss(Map<String, String[]> core, Map<String, String[]> gloss) {
        this.core = core;
        this.gloss = gloss;
        this.oneLetterOut = new HashMap<>();
        java.util.Set<String> words = new java.util.HashSet<>(core.keySet());
        words.addAll(gloss.keySet());
        for (String word : words) {
            if (word.length() >= MIN_TYPO_LENGTH) {
                for (int i = 0; i < word.length(); i++) {
                    oneLetterOut.putIfAbsent(word.substring(0, i) + word.substring(i + 1), word);
                }
            }
        }
    }

    static DutchGloss load() {
        return load(true, true);
    }

    /** @param core whether Labtafel's own gloss leads; @param dictionary whether FreeDict's follows (measurements) */
    static DutchGloss load(boolean core, boolean dictionary) {
        Map<String, String[]> gloss = new HashMap<>();
        if (dictionary) {
            read(RESOURCE, gloss);
        }
        return new DutchGloss(core ? CoreGloss.load() : Map.of(), gloss);
    }

    /** Adds a gloss file's words. */
    private static void read(String resource, Map<String, String[]> gloss) {
        try (InputStream in = DutchGloss.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    // FreeDict spells 1,556 headwords with the ligature ĳ (wĳk, tĳd): read them as typed, with i + j.
                    gloss.putIfAbsent(line.substring(0, tab).replace("\u0133", "ij"), line.substring(tab + 1).split(" "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " could not be read", e);
        }
    }

    /** English words for a lower-case Dutch word, or an empty array when neither it nor a base form is known. */
    String[] of(String word) {
        String[] found = of(core, word);
        return found != null ? found : Objects.requireNonNullElse(of(gloss, word), NONE);
    }

    private static final String[] NONE = new String[0];

    /** The word or, failing that, a base form of it in one word list; null when neither is there. */
    private static String[] of(Map<String, String[]> gloss, String word) {
        String[] found = gloss.get(word);
        if (found != null) {
            return found;
        }
        for (String ending : ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                String base = word.substring(0, word.length() - ending.length());
                found = gloss.get(base);
                if (found == null && base.length() > 3 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                    found = gloss.get(base.substring(0, base.length() - 1)); // bussen → bus
                }
                if (found == null && base.length() > 3) {
                    found = gloss.get(lengthen(base)); // straten → straat
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Like {@link #of}, and a word of at least {@link #MIN_TYPO_LENGTH} letters that is not known is tried with one
     * letter left out, added or changed (post-its are written fast: "vrijwiligers", "bibliotheeek").
     */
    String[] ofOrNear(String word) {
        String[] found = of(word);
        if (found.length > 0 || word.length() < MIN_TYPO_LENGTH) {
            return found;
        }
        String near = oneLetterOut.get(word); // a letter left out
        if (near != null) {
            return of(near);
        }
        for (int i = 0; i < word.length(); i++) {
            String shorter = word.substring(0, i) + word.substring(i + 1);
            found = of(shorter); // a letter too many
            if (found.length > 0) {
                return found;
            }
            near = oneLetterOut.get(shorter); // a letter changed
            if (near != null) {
                return of(near);
            }
        }
        return found;
    }

    /** huren → huur: Dutch doubles the vowel of an open syllable when the ending goes. */
    private static String lengthen(String base) {
        int last = base.length() - 1;
        char vowel = base.charAt(last - 1);
        if ("aeou".indexOf(vowel) >= 0 && "aeiou".indexOf(base.charAt(last)) < 0
                && "aeiou".indexOf(base.charAt(last - 2)) < 0) {
            return base.substring(0, last) + vowel + base.charAt(last);
        }
        return base;
    }

    /** True for the words Labtafel's own gloss marks as carrying no theme (gaan, krijgen: "-"): they add nothing. */
    boolean carriesNoMeaning(String word) {
        String[] found = core.get(word);
        return found != null && found.length == 0;
    }

    boolean knows(String word) {
        return of(word).length > 0;
    }

    int size() {
        return core.size() + gloss.size();
    }



    static List<String> endings() {
        return List.of(ENDINGS);
    }
}
