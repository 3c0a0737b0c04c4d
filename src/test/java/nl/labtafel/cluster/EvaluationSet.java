package nl.labtafel.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;

/** The hand-labelled evaluation notes (evaluation-notes.tsv): sessions whose notes carry their true theme. */
record EvaluationSet(List<LabelledSession> sessions) {

    /** A session plus the true theme of each of its notes, by note id. */
    record LabelledSession(Session session, Map<String, String> truth, boolean heldOut) {
        String language() {
            return session.getLanguage();
        }
    }

    static EvaluationSet load() {
        try (InputStream in = EvaluationSet.class.getResourceAsStream("evaluation-notes.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LabelledSession> sessions = new ArrayList<>();
            LabelledSession current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols[0].equals("@session")) {
                    Session s = new Session();
                    s.setLanguage(cols[1]);
                    s.getHeader().setTitle(cols[2]);
                    s.getHeader().setSubject(cols[3]);
                    current = new LabelledSession(s, new LinkedHashMap<>(), cols.length > 4 && cols[4].equals("heldout"));
                    sessions.add(current);
                } else {
                    String id = "n" + sessions.size() + "-" + current.session().getNotes().size();
                    current.session().getNotes().add(new Note(id, cols[1], null));
                    current.truth().put(id, cols[0]);
                }
            }
            return new EvaluationSet(sessions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sessions settings may be chosen on. */
    List<LabelledSession> tuning() {
        return sessions.stream().filter(s -> !s.heldOut()).toList();
    }

    /** The sessions no setting was chosen on: the floors hold here. */
    List<LabelledSession> heldOut() {
        return sessions.stream().filter(LabelledSession::heldOut).toList();
    }

    long notesIn(String language) {
        return sessions.stream().filter(s -> s.session().getLanguage().equals(language))
                .mapToLong(s -> s.session().getNotes().size()).sum();
    }
}
