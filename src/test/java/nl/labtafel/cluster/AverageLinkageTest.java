package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The nearest-neighbour chain gives the same clusters as merging the closest pair each time, and is fast. */
class AverageLinkageTest {

    private static double[][] random(int n, long seed) {
        Random r = new Random(seed);
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            s[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                s[i][j] = s[j][i] = r.nextDouble();
            }
        }
        return s;
    }

    /** The textbook way: the globally most similar pair merges, average similarity to the rest. */
    private static Set<Set<Integer>> naive(double[][] sim, int k) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < sim.length; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (clusters.size() > k) {
            int bestA = 0;
            int bestB = 1;
            double top = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double sum = 0;
                    for (int x : clusters.get(a)) {
                        for (int y : clusters.get(b)) {
                            sum += sim[x][y];
                        }
                    }
                    double avg = sum / (clusters.get(a).size() * clusters.get(b).size());
                    if (avg > top) {
                        top = avg;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        Set<Set<Integer>> out = new HashSet<>();
        clusters.forEach(c -> out.add(new HashSet<>(c)));
        return out;
    }

    private static Set<Set<Integer>> chain(double[][] sim, int k) {
        int[] label = AverageLinkage.cut(sim.length, AverageLinkage.merges(sim), k);
        Map<Integer, Set<Integer>> byLabel = new HashMap<>();
        for (int i = 0; i < label.length; i++) {
            byLabel.computeIfAbsent(label[i], x -> new HashSet<>()).add(i);
        }
        return new HashSet<>(byLabel.values());
    }

    @Test
    void sameClustersAsTheTextbookAtEveryCut() {
        for (long seed = 1; seed <= 20; seed++) {
            double[][] sim = random(25, seed);
            for (int k = 1; k <= 25; k += 3) {
                assertEquals(naive(sim, k), chain(sim, k), "seed " + seed + ", " + k + " clusters");
            }
        }
    }

    @Test
    void thousandNotesTakeLessThanAFewHundredMilliseconds() {
        double[][] sim = random(1_000, 7);
        AverageLinkage.merges(sim);
        long start = System.nanoTime();
        assertEquals(999, AverageLinkage.merges(sim).size());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1_000, "1,000 notes: " + ms + " ms (O(n²); the O(n³) version took seconds)");
    }
}
