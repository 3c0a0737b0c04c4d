package nl.labtafel.cluster;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the shipped word vectors (word-vectors-en.bin) from the sentence model all-MiniLM-L6-v2 (quantized), the
 * way Model2Vec distils a static model: every whole word of the model's own vocabulary, and every English word of
 * the Dutch gloss, is passed through the model on its own; its sentence vector becomes the word's vector. At run
 * time a note's vector is the IDF-weighted mean of its words' vectors: no ONNX runtime in the app, microseconds
 * per note instead of milliseconds. The file is written with 4 bits per value (WordVectorsShrink measured what that
 * costs: nothing measurable).
 *
 * <p>Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * nl.labtafel.cluster.WordVectorsTool src/main/resources/nl/labtafel/cluster/word-vectors-en.bin}
 */
public final class WordVectorsTool {
    private static final Pattern VOCAB_WORD = Pattern.compile("\"([a-z]{2,})\":\\s*\\d+");
    private static final int BATCH = 256;

    private WordVectorsTool() {
    }

    public static void main(String[] args) throws IOException {
        TreeSet<String> words = new TreeSet<>(vocabularyWords());
        words.addAll(glossWords());
        System.out.println(words.size() + " words");
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<String> all = new ArrayList<>(words);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            WordVectors.writeHeader4(out, all.size(), model.dimension());
            for (int from = 0; from < all.size(); from += BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                List<Embedding> vectors = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
                for (int i = 0; i < batch.size(); i++) {
                    WordVectors.writeWord4(out, batch.get(i), vectors.get(i).vector());
                }
                if (from % (BATCH * 20) == 0) {
                    System.out.println(from);
                }
            }
        }
    }

    private static List<String> vocabularyWords() throws IOException {
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(
                "/all-minilm-l6-v2-q-tokenizer.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> words = new ArrayList<>();
            Matcher m = VOCAB_WORD.matcher(json);
            while (m.find()) {
                words.add(m.group(1));
            }
            return words;
        }
    }

    private static List<String> glossWords() throws IOException {
        List<String> words = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                WordVectorsTool.class.getResourceAsStream("gloss-nl-en.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    for (String w : line.split("\t")[1].split(" ")) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }
}
