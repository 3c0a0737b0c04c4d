package nl.labtafel.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Dutch compounds into their parts (taalcafé → taal + café) so that notes about "taalcafé", "taalcoach"
 * and "taallessen" share the feature "taal": Carrot2 has no decompounder, and on short post-its the shared
 * modifier is often the only thing two notes of one theme have in common. The parts come from a lexicon
 * derived from the OpenTaal word list (see src/tools/compound-parts.py).
 */
final class CompoundSplitter {
    private static final String RESOURCE = "compound-parts-nl.txt";
    /** Linking sounds between the parts of a Dutch compound: arbeid-s-migranten, ouder-en-zorg, buurt-app. */
    private static final String[] LINKS = {"", "s", "e", "en", "-"};
    private static final int MIN_COMPOUND = 6;
    private static final int MIN_PART = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private final Set<String> parts;

    CompoundSplitter(Set<String> parts) {
        this.parts = Set.copyOf(parts);
    }

    static CompoundSplitter loadDutch() {
        try (InputStream in = CompoundSplitter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> parts = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    parts.add(line.strip());
                }
            }
            return new CompoundSplitter(parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts of a compound, left to right, or an empty list when the word is not a compound of known parts. */
    List<String> split(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_COMPOUND) {
            return List.of();
        }
        // Longest first modifier wins: huisvestingsbeleid is huisvesting + beleid, not huis + vestingsbeleid.
        for (int end = w.length() - MIN_PART; end >= MIN_PART; end--) {
            String modifier = w.substring(0, end);
            if (!parts.contains(modifier)) {
                continue;
            }
            for (String link : LINKS) {
                if (!w.startsWith(link, end)) {
                    continue;
                }
                String rest = w.substring(end + link.length());
                if (rest.length() < MIN_PART) {
                    continue;
                }
                if (parts.contains(rest)) {
                    return List.of(modifier, rest);
                }
                List<String> restParts = split(rest);
                if (!restParts.isEmpty()) {
                    List<String> all = new ArrayList<>();
                    all.add(modifier);
                    all.addAll(restParts);
                    return all;
                }
            }
        }
        return List.of();
    }

    /** The parts of every compound in a text, each followed by a full stop so parts never form phrases. */
    String partsOf(String text) {
        StringBuilder parts = new StringBuilder();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            for (String part : split(m.group())) {
                parts.append(part).append(". ");
            }
        }
        return parts.toString().strip();
    }

    int size() {
        return parts.size();
    }
}
