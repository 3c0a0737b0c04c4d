package nl.labtafel.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Labtafel's own gloss of common Dutch words ({@code gloss-nl-en-core.txt}: "woning home house", one word a
 * line, main sense first). A verb ("werken:v work", "betalen:v=betaal pay", separable "aanvragen:v=vraag-aan apply")
 * also yields its regular forms: werk, werkt, werkte(n), gewerkt, werkend; a form the file writes out itself
 * (irregular: kwam, gekregen) wins over a made one. Written by hand because FreeDict's first senses are often not
 * the everyday ones (kinderen "bother", jongeren "juggle", planning "anxiety").
 */
final class CoreGloss {
    static final String RESOURCE = "gloss-nl-en-core.txt";
    /** Prefixes after which the participle takes no "ge-" (betaald, verbeterd, ontmoet, herhaald). */
    private static final String[] NO_GE = {"be", "ge", "ver", "ont", "her", "er"};

    private CoreGloss() {
    }

    /** The file's words and the forms made from its verbs, each to its English words. */
    static Map<String, String[]> load() {
        Map<String, String[]> written = new LinkedHashMap<>();
        Map<String, String[]> made = new LinkedHashMap<>();
        try (InputStream in = CoreGloss.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.strip().split("\\s+");
                if (line.startsWith("#") || parts.length < 2) {
                    continue;
                }
                boolean empty = parts.length == 2 && parts[1].equals("-");
                String[] english = empty ? new String[0] : Arrays.copyOfRange(parts, 1, parts.length);
                String head = parts[0].toLowerCase(Locale.ROOT);
                int colon = head.indexOf(":v");
                if (colon < 0) {
                    written.putIfAbsent(head, english);
                    continue;
                }
                String infinitive = head.substring(0, colon);
                written.putIfAbsent(infinitive, english);
                String stem = head.length() > colon + 3 ? head.substring(colon + 3) : null;
                for (String form : forms(infinitive, stem)) {
                    made.putIfAbsent(form, english);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
        made.forEach(written::putIfAbsent);
        return written;
    }

    /** Regular forms of a verb; {@code given} is the stem as the file writes it, or null to make it. */
    static List<String> forms(String infinitive, String given) {
        List<String> forms = new ArrayList<>();
        if (!infinitive.endsWith("en")) {
            return forms;
        }
        String particle = "";
        String stem = given == null ? stem(infinitive) : given;
        int dash = stem.indexOf('-');
        if (dash > 0) {
            particle = stem.substring(dash + 1);
            stem = stem.substring(0, dash);
        }
        String body = infinitive.substring(particle.length(), infinitive.length() - 2);
        boolean voiceless = "tkfschp".indexOf(body.charAt(body.length() - 1)) >= 0;
        String past = voiceless ? "te" : "de";
        String ending = stem.endsWith("t") || stem.endsWith("d") ? "" : voiceless ? "t" : "d";
        // A separable verb's stem alone is another word too often (knap, pak, ruim): only its joined forms are made.
        forms.add(particle + stem);
        if (!stem.endsWith("t")) {
            forms.add(particle + stem + "t");
        }
        forms.add(particle + stem + past);
        forms.add(particle + stem + past + "n");
        boolean noGe = particle.isEmpty() && Arrays.stream(NO_GE).anyMatch(p -> infinitive.startsWith(p)
                && infinitive.length() > p.length() + 4);
        forms.add(particle + (noGe ? "" : "ge") + stem + ending);
        forms.add(infinitive + "d");
        return forms;
    }

    /**
     * werken → werk, zetten → zet, wonen → woon, leven → leef, reizen → reis. An unstressed "-elen"/"-eren" keeps its
     * short vowel (regelen → regel); stems the rule gets wrong are written in the file.
     */
    static String stem(String infinitive) {
        String s = infinitive.substring(0, infinitive.length() - 2);
        int n = s.length();
        if (n >= 2 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        if (n >= 3 && isVowel(s.charAt(n - 2)) && !isVowel(s.charAt(n - 1)) && !isVowel(s.charAt(n - 3))
                && "aeou".indexOf(s.charAt(n - 2)) >= 0
                && !(s.charAt(n - 2) == 'e' && "lrn".indexOf(s.charAt(n - 1)) >= 0 && n > 4)) {
            s = s.substring(0, n - 1) + s.charAt(n - 2) + s.charAt(n - 1);
        }
        if (s.endsWith("v")) {
            return s.substring(0, s.length() - 1) + "f";
        }
        if (s.endsWith("z")) {
            return s.substring(0, s.length() - 1) + "s";
        }
        return s;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
