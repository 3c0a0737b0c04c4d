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
 * English with the same gloss the app ships. Loaded once per JVM (about a second).
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
            segments.add(TextSegment.from("nl".equals(language) ? glossed(texts.get(i)) : texts.get(i)));
        }
        List<float[]> out = new ArrayList<>();
        model().embedAll(segments).content().forEach(e -> out.add(NoteMeaning.normalized(e.vector().clone())));
        return out;
    }

    private String glossed(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            String[] english = gloss.of(word.toLowerCase(Locale.ROOT));
            out.append(english.length > 0 ? english[0] : word).append(' ');
        }
        return out.toString().strip();
    }
}
