package nl.labtafel.cluster;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the word-vector file smaller, measured on the tuning sessions only (issue 18 asks for a smaller app image).
 * Two ways were measured against the 8-bit, 384-dimension file (11.3 MB; tuning ARI all 0.300, nl 0.272, en 0.332):
 * <ul>
 * <li><b>4 bits per value</b> (-7..7, one scale per word): ARI 0.305, nl 0.298, en 0.314; 3 bits: 0.266. Ships:
 * 5.8 MB.</li>
 * <li><b>Fewer dimensions</b> (principal component analysis, the step Model2Vec takes): ARI 256 dims 0.240, 192 dims
 * 0.279, 128 dims 0.236 (nl 0.141). Dutch, which goes through the gloss, lost most; not used. Mean average
 * precision of same-theme notes ranked by similarity (steadier than ARI) said the same more gently: nl 0.474 at
 * 384 dims, 0.463 at 128. Dropping rare words (keeping the 10,000 commonest and every gloss word) cost more
 * still and saved less.</li>
 * </ul>
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) nl.labtafel.cluster.WordVectorsShrink
 * IN.bin OUT.bin [DIMS]}: IN in either form; writes the 4-bit form, projected on DIMS principal directions if given.
 */
public final class WordVectorsShrink {
    private WordVectorsShrink() {
    }

    public static void main(String[] args) throws IOException {
        WordVectors full;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            full = WordVectors.read(in, args[0]);
        }
        write(args.length > 2 ? project(full.all(), Integer.parseInt(args[2])) : full.all(), Path.of(args[1]));
    }

    static void write(Map<String, float[]> vectors, Path out) throws IOException {
        Map<String, float[]> sorted = new TreeMap<>(vectors);
        int dims = sorted.values().iterator().next().length;
        try (DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(out)))) {
            WordVectors.writeHeader4(data, sorted.size(), dims);
            for (Map.Entry<String, float[]> e : sorted.entrySet()) {
                WordVectors.writeWord4(data, e.getKey(), e.getValue());
            }
        }
    }

    /** Every vector centred and projected on the {@code dims} principal directions. */
    static Map<String, float[]> project(Map<String, float[]> vectors, int dims) {
        int d = vectors.values().iterator().next().length;
        double[] mean = new double[d];
        vectors.values().forEach(v -> {
            for (int i = 0; i < d; i++) {
                mean[i] += v[i];
            }
        });
        for (int i = 0; i < d; i++) {
            mean[i] /= vectors.size();
        }
        double[][] cov = new double[d][d];
        double[] c = new double[d];
        for (float[] v : vectors.values()) {
            for (int i = 0; i < d; i++) {
                c[i] = v[i] - mean[i];
            }
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    cov[i][j] += c[i] * c[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                cov[i][j] = cov[j][i];
            }
        }
        double[][] axes = new double[d][d];
        double[] variance = eigen(cov, axes);
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(variance[y], variance[x]));
        Map<String, float[]> out = new TreeMap<>();
        vectors.forEach((word, v) -> {
            float[] p = new float[dims];
            for (int k = 0; k < dims; k++) {
                double sum = 0;
                for (int i = 0; i < d; i++) {
                    sum += (v[i] - mean[i]) * axes[i][order[k]];
                }
                p[k] = (float) sum;
            }
            out.put(word, p);
        });
        return out;
    }

    /** Eigenvalues of a symmetric matrix by cyclic Jacobi rotations; the columns of {@code vectors} are its axes. */
    static double[] eigen(double[][] m, double[][] vectors) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
            Arrays.fill(vectors[i], 0);
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 60; sweep++) {
            double off = 0;
            double diagonal = 0;
            for (int p = 0; p < n; p++) {
                diagonal += a[p][p] * a[p][p];
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-20 * diagonal) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = theta == 0 ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double cos = 1 / Math.sqrt(t * t + 1);
                    double sin = t * cos;
                    rotate(a, vectors, p, q, cos, sin);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    private static void rotate(double[][] a, double[][] vectors, int p, int q, double cos, double sin) {
        int n = a.length;
        for (int r = 0; r < n; r++) {
            double arp = a[r][p];
            double arq = a[r][q];
            a[r][p] = cos * arp - sin * arq;
            a[r][q] = sin * arp + cos * arq;
        }
        for (int r = 0; r < n; r++) {
            double apr = a[p][r];
            double aqr = a[q][r];
            a[p][r] = cos * apr - sin * aqr;
            a[q][r] = sin * apr + cos * aqr;
        }
        for (int r = 0; r < n; r++) {
            double vrp = vectors[r][p];
            double vrq = vectors[r][q];
            vectors[r][p] = cos * vrp - sin * vrq;
            vectors[r][q] = sin * vrp + cos * vrq;
        }
    }
}
