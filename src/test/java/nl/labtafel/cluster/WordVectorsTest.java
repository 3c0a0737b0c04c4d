package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordVectorsTest {

    @Test
    void fourBitsPerValueKeepEachVectorsDirection() throws Exception {
        Random random = new Random(17);
        float[][] vectors = new float[50][385]; // odd: the last byte holds one value
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        WordVectors.writeHeader4(out, vectors.length, 385);
        for (int w = 0; w < vectors.length; w++) {
            for (int d = 0; d < 385; d++) {
                vectors[w][d] = (float) random.nextGaussian() * 0.05f;
            }
            WordVectors.writeWord4(out, "w" + w, vectors[w]);
        }
        out.flush();
        int names = 10 * (2 + 2) + 40 * (2 + 3); // writeUTF: length + "w0".."w49"
        assertEquals(12 + names + vectors.length * (4 + 193), bytes.size(), "a scale and 4 bits per value");
        WordVectors read = WordVectors.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertEquals(385, read.dimensions());
        for (int w = 0; w < vectors.length; w++) {
            assertTrue(cosine(vectors[w], read.get("w" + w)) > 0.95, "w" + w);
        }
    }

    @Test
    void theShippedVectorsPutWordsOfOneMeaningClose() {
        WordVectors vectors = WordVectors.load();
        assertEquals(384, vectors.dimensions());
        assertTrue(vectors.size() > 28_000, "words " + vectors.size());
        assertTrue(cosine(vectors.get("taxi"), vectors.get("bus")) > cosine(vectors.get("taxi"), vectors.get("poetry")));
        assertTrue(cosine(vectors.get("housing"), vectors.get("rent")) > cosine(vectors.get("housing"), vectors.get("football")));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
