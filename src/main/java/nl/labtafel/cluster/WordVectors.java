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
 * word's vector is the model's sentence vector for that word alone, stored with one scale per word and 4 bits per
 * value (-7..7; WordVectorsShrink measured no loss against 8 bits, and the file is half as large: 5.8 MB for 28.5k
 * words of 384 values). The older 8-bit form is still read.
 * Words that share meaning have close vectors (taxi, bus, transport), which is what two post-its of one theme
 * share far more often than a word.
 */
final class WordVectors {
    static final String RESOURCE = "word-vectors-en.bin";
    private static final int MAGIC_8_BITS = 0x4C545756; // "LTWV"
    private static final int MAGIC_4_BITS = 0x4C545734; // "LTW4"
    private static final int LEVELS_4_BITS = 7;

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
            return read(raw, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
    }

    /** Reads a word-vector file ({@code name} for messages). */
    static WordVectors read(InputStream raw, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        int magic = in.readInt();
        if (magic != MAGIC_8_BITS && magic != MAGIC_4_BITS) {
            throw new IllegalStateException(name + " is not a word-vector file");
        }
        boolean fourBits = magic == MAGIC_4_BITS;
        int count = in.readInt();
        int dims = in.readInt();
        Map<String, float[]> vectors = new HashMap<>(count * 2);
        byte[] bytes = new byte[fourBits ? (dims + 1) / 2 : dims];
        for (int i = 0; i < count; i++) {
            String word = in.readUTF();
            float scale = in.readFloat();
            in.readFully(bytes);
            float[] v = new float[dims];
            for (int d = 0; d < dims; d++) {
                int value = fourBits ? ((d % 2 == 0 ? bytes[d / 2] >> 4 : bytes[d / 2]) & 0xF) - 8 : bytes[d];
                v[d] = value * scale;
            }
            vectors.put(word, v);
        }
        return new WordVectors(vectors, dims);
    }

    /** Vectors held in memory (the tool that shrinks the file, and tests). */
    static WordVectors of(Map<String, float[]> vectors, int dimensions) {
        return new WordVectors(Map.copyOf(vectors), dimensions);
    }

    /** Every word and its vector. */
    Map<String, float[]> all() {
        return vectors;
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

    /** The header of a 4-bit file (the shipped form); {@link #writeWord4} writes its words. */
    static void writeHeader4(DataOutputStream out, int count, int dims) throws IOException {
        out.writeInt(MAGIC_4_BITS);
        out.writeInt(count);
        out.writeInt(dims);
    }

    static void writeWord4(DataOutputStream out, String word, float[] vector) throws IOException {
        float max = 1e-9f;
        for (float x : vector) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = max / LEVELS_4_BITS;
        out.writeUTF(word);
        out.writeFloat(scale);
        for (int d = 0; d < vector.length; d += 2) {
            int high = Math.round(vector[d] / scale) + 8;
            int low = d + 1 < vector.length ? Math.round(vector[d + 1] / scale) + 8 : 8;
            out.writeByte(high << 4 | low);
        }
    }
}
