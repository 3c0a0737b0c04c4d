package nl.labtafel.cluster;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * English word vectors distilled from the sentence model all-MiniLM-L6-v2 (see WordVectorsTool in the tests): each
 * word's vector is the model's sentence vector for that word alone, stored as signed bytes with one scale per word.
 * Words that share meaning have close vectors (taxi, bus, transport), which is what two post-its of one theme
 * share far more often than a word.
 */
final class WordVectors {
    static final String RESOURCE = "word-vectors-en.bin";
    private static final int MAGIC = 0x4C545756; // "LTWV"

    private final Map<String, float[]> vectors;
    private final int dimensions;

    private WordVectors(Map<String, float[]> vectors, int dimensions) {
        this.vectors = vectors;
        this.dimensions = dimensions;
    }

    static WordVectors load() {
        try (InputStream raw = WordVectors.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException(RESOURCE + " is not a word-vector file");
            }
            int count = in.readInt();
            int dims = in.readInt();
            Map<String, float[]> vectors = new HashMap<>(count * 2);
            byte[] bytes = new byte[dims];
            for (int i = 0; i < count; i++) {
                String word = in.readUTF();
                float scale = in.readFloat();
                in.readFully(bytes);
                float[] v = new float[dims];
                for (int d = 0; d < dims; d++) {
                    v[d] = bytes[d] * scale;
                }
                vectors.put(word, v);
            }
            return new WordVectors(vectors, dims);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
    }

    /** The word's vector (lower-case English word), or null when it is not known. */
    float[] get(String word) {
        return vectors.get(word);
    }

    int dimensions() {
        return dimensions;
    }

    int size() {
        return vectors.size();
    }

    static void writeHeader(DataOutputStream out, int count, int dims) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(count);
        out.writeInt(dims);
    }

    static void writeWord(DataOutputStream out, String word, float[] vector) throws IOException {
        float max = 1e-9f;
        for (float x : vector) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = max / 127f;
        out.writeUTF(word);
        out.writeFloat(scale);
        for (float x : vector) {
            out.writeByte(Math.round(x / scale));
        }
    }
}
