package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.labtafel.model.Note;
import nl.labtafel.model.SessionHeader;
import org.carrot2.language.LanguageComponents;

/**
 * The Carrot2 way to themes (the suggester until issue 17, kept as a benchmark variant): per language, notes go to
 * Lingo with the parts of Dutch compounds as an extra field ({@link CompoundSplitter}) and the session's subject
 * words as stopwords ({@link SubjectWords}); Lingo's overlapping clusters are made disjoint ({@link Partition})
 * and a second Lingo pass runs over the notes the first left out.
 */
final class CarrotThemes {
    private static final int PASSES = 2;

    private CarrotThemes() {
    }

    static void suggestFor(Algorithm algorithm, List<Note> notes, String language, SessionHeader header, int count,
            LanguageResources res, List<ThemeProposal> themes, List<String> other, Cancel cancel) {
        LanguageComponents components = SessionComponents.of(res, language, header);
        List<NoteDocument> documents = new ArrayList<>();
        for (Note n : notes) {
            String text = SafeText.of(n.getText());
            if (text.isBlank()) {
                other.add(n.getId());
            } else {
                documents.add(new NoteDocument(n.getId(), text,
                        "nl".equals(language) ? res.compounds().partsOf(text) : ""));
            }
        }
        if (documents.size() < Partition.MIN_THEME_SIZE) {
            documents.forEach(d -> other.add(d.noteId()));
            return;
        }
        int k = count == SuggestOptions.AUTOMATIC ? AutomaticCount.of(documents.size()) : count;
        // Automatic: Lingo's own count decides, up to three themes per expected one (1,000 notes gave 68 without
        // a cap, too many to read on a board).
        int room = count == SuggestOptions.AUTOMATIC ? k * CarrotClusterer.LINGO_OVERSHOOT : count;
        List<NoteDocument> left = documents;
        // A second pass over the notes the first left out: without the dominant clusters' words, the term
        // statistics change and Lingo finds themes it had drowned (first five evaluation sessions: ARI 0.160 -> 0.187).
        for (int pass = 0; pass < PASSES && left.size() >= 2 * Partition.MIN_THEME_SIZE; pass++) {
            cancel.check();
            List<Partition.Part> parts = Partition.disjoint(
                    CarrotClusterer.cluster(algorithm, left, components, k), room);
            Set<String> placed = new HashSet<>();
            for (Partition.Part part : parts) {
                themes.add(ThemeProposal.theme(Labels.label(part.source().labels()), part.noteIds()));
                placed.addAll(part.noteIds());
            }
            left = left.stream().filter(d -> !placed.contains(d.noteId())).toList();
            if (room != 0) {
                room -= parts.size();
                if (room <= 0) {
                    break;
                }
            }
            if (parts.isEmpty() || algorithm == Algorithm.BISECTING_KMEANS) {
                break;
            }
        }
        left.stream().map(NoteDocument::noteId).forEach(other::add);
    }
}
