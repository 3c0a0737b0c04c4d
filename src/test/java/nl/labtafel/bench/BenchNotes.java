package nl.labtafel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;

/**
 * Large sessions for the clustering benchmarks, built from the Dutch evaluation post-its: each note is an
 * evaluation note plus a place or organisation, so texts repeat their themes without being copies.
 */
final class BenchNotes {
    private static final String[] EXTRAS = {"", "(Wijkteam Noord)", "in de Kansenfabriek", "(gemeente)",
        "bij de Sint Jan", "(bewonersplatform)", "op zaterdag", "(Stichting Welzijn)", "in het wijkcentrum",
        "(ondernemersvereniging)", "in De Bocht", "(woningcorporatie)", "met de bibliotheek", "(huisvester)"};

    private BenchNotes() {
    }

    static Session dutchSession(int notes, long seed) {
        List<String> texts = evaluationTexts("nl");
        Random random = new Random(seed);
        Session session = new Session();
        session.getHeader().setTitle("Benchmark LAB");
        session.getHeader().setSubject("wonen, meedoen en groen in de wijk");
        for (int i = 0; i < notes; i++) {
            String text = texts.get(random.nextInt(texts.size())) + " " + EXTRAS[random.nextInt(EXTRAS.length)];
            session.getNotes().add(new Note("n-" + i, text.strip(), null));
        }
        return session;
    }

    private static final String[] EXTRAS_EN = {"", "(North team)", "at the community centre", "(council)",
        "near the station", "(residents' group)", "on Saturdays", "(Welfare Trust)", "at the library", "(students' union)"};

    /** The English evaluation post-its, likewise. */
    static Session englishSession(int notes, long seed) {
        List<String> texts = evaluationTexts("en");
        Random random = new Random(seed);
        Session session = new Session();
        session.setLanguage("en");
        session.getHeader().setTitle("Benchmark LAB");
        session.getHeader().setSubject("living, taking part and green space in the neighbourhood");
        for (int i = 0; i < notes; i++) {
            String text = texts.get(random.nextInt(texts.size())) + " " + EXTRAS_EN[random.nextInt(EXTRAS_EN.length)];
            session.getNotes().add(new Note("n-" + i, text.strip(), null));
        }
        return session;
    }

    static List<String> evaluationTexts(String language) {
        var in = BenchNotes.class.getResourceAsStream("/nl/labtafel/cluster/evaluation-notes.tsv");
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols[0].equals("@session")) {
                    current = cols[1];
                } else if (language.equals(current)) {
                    texts.add(cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
