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

/**
 * Glosses a Dutch word into English words (huur → hire rent rental), so that Dutch notes can use the English word
 * vectors: the sentence model behind them knows little Dutch (Dutch notes as they are: ARI 0.05-0.08; glossed: 0.18,
 * see docs/toolchain). Inflected forms fall back to their base (huren → huur, ouderen → oudere → oude), compounds to
 * their parts' glosses (huurachterstand → hire rent … + arrears). The word list is derived from FreeDict nld-eng
 * (src/tools/gloss-nl-en.py).
 */
final class DutchGloss {
    static final String RESOURCE = "gloss-nl-en.txt";
    private static final String[] ENDINGS = {"en", "s", "'s", "e", "n", "es", "heden", "ingen", "jes", "tjes", "je"};

    private final Map<String, String[]> gloss;

    private DutchGloss(Map<String, String[]> gloss) {
        this.gloss = gloss;
    }

    static DutchGloss load() {
        try (InputStream in = DutchGloss.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, String[]> gloss = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    gloss.put(line.substring(0, tab), line.substring(tab + 1).split(" "));
                }
            }
            return new DutchGloss(gloss);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
    }

    /** English words for a lower-case Dutch word, or an empty array when neither it nor a base form is known. */
    String[] of(String word) {
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
        return new String[0];
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

    boolean knows(String word) {
        return of(word).length > 0;
    }

    int size() {
        return gloss.size();
    }

    static List<String> endings() {
        return List.of(ENDINGS);
    }
}
