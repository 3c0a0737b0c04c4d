package nl.labtafel.cluster;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark variant behind the shipped word vectors: the whole sentence model all-MiniLM-L6-v2 (quantized ONNX,
 * langchain4j, test scope only) embeds each note as a sentence; a Dutch note is first glossed word by word into
 * English with the same gloss the app ships, its content words only, as {@link NoteMeaning} reads them. Until
 * 2026-12-01 every word was glossed, and the gloss turns function words into content words (voor → advance, op →
 * worn, bij → incidental), which sank the model on Dutch (held out 0.091; content words only 0.202, the shipped
 * pipeline 0.224). Loaded once per JVM (about a second).
 */
final class SentenceModelMeaning implements NoteFeatures.MeaningSource {
    private static EmbeddingModel model;
    private final DutchGloss gloss;

    SentenceModelMeaning(DutchGloss gloss) {
        this.gloss = gloss;
    }

    static synchronized EmbeddingModel model() {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return model;
    }

    @Override
    public List<float[]> of(List<String> texts, List<List<NoteTerms.Term>> terms, String language,
            Map<String, Double> idf) {
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            segments.add(TextSegment.from("nl".equals(language) ? glossed(terms.get(i)) : texts.get(i)));
        }
        List<float[]> out = new ArrayList<>();
        model().embedAll(segments).content().forEach(e -> out.add(NoteMeaning.normalized(e.vector().clone())));
        return out;
    }

    /** The note's content words in English; a compound part only where its whole word has no gloss. */
    private String glossed(List<NoteTerms.Term> terms) {
        StringBuilder out = new StringBuilder();
        boolean lastWordKnown = false;
        for (NoteTerms.Term term : terms) {
            if (term.isPart() && lastWordKnown) {
                continue;
            }
            String word = term.surface().toLowerCase(Locale.ROOT);
            boolean known = false;
            if (!gloss.carriesNoMeaning(word)) {
                String[] english = gloss.of(word);
                known = english.length > 0;
                out.append(known ? english[0] : word).append(' ');
            }
            if (!term.isPart()) {
                lastWordKnown = known;
            }
        }
        return out.toString().strip();
    }
}
