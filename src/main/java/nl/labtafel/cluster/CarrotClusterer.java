package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.List;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.clustering.stc.STCClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.carrot2.math.matrix.KMeansMatrixFactorizationFactory;

/** Runs one Carrot2 algorithm on note documents and returns its raw (possibly overlapping) clusters. */
final class CarrotClusterer {
    /**
     * Lingo is asked for this many times the themes wanted. On post-its Lingo finds few, small, precise
     * clusters; asking for more and then making them disjoint placed 30 % more notes at the same purity
     * (first five evaluation sessions: ARI 0.079 → 0.160, purity 0.96 → 0.90).
     */
    static final int LINGO_OVERSHOOT = 3;
    /** With fewer candidates Lingo often finds none on ten notes, even when one theme is obvious. */
    static final int MIN_LINGO_CLUSTERS = 6;

    /**
     * Above this many notes Lingo reduces its matrix with k-means instead of SVD: on 1,000 notes SVD took
     * 350-620 ms of the call, k-means 90-100 ms; on session-sized inputs SVD scores better (first five
     * evaluation sessions: ARI 0.187 against 0.164), so small sessions keep it.
     */
    static final int LARGE = 250;

    /** A Carrot2 cluster reduced to what the suggester needs. */
    record RawCluster(List<String> labels, List<NoteDocument> documents) {
    }

    private CarrotClusterer() {
    }

    static List<RawCluster> cluster(Algorithm algorithm, List<NoteDocument> documents, LanguageComponents language,
            int count) {
        List<Cluster<NoteDocument>> clusters = switch (algorithm) {
            case LINGO, LINGO_THEN_PLACED -> {
                LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
                lingo.desiredClusterCount.set(Math.max(MIN_LINGO_CLUSTERS, count * LINGO_OVERSHOOT));
                if (documents.size() > LARGE) {
                    lingo.matrixReducer.factorizationFactory = new KMeansMatrixFactorizationFactory();
                }
                yield lingo.cluster(documents.stream(), language);
            }
            case BISECTING_KMEANS -> {
                BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
                kmeans.clusterCount.set(count);
                kmeans.labelCount.set(1);
                yield kmeans.cluster(documents.stream(), language);
            }
            case STC -> {
                STCClusteringAlgorithm stc = new STCClusteringAlgorithm();
                stc.maxClusters.set(count);
                yield stc.cluster(documents.stream(), language);
            }
            default -> throw new IllegalArgumentException(algorithm + " is not a Carrot2 algorithm");
        };
        List<RawCluster> raw = new ArrayList<>();
        flatten(clusters, raw);
        return raw;
    }

    private static void flatten(List<Cluster<NoteDocument>> clusters, List<RawCluster> into) {
        for (Cluster<NoteDocument> c : clusters) {
            if (c.getClusters().isEmpty()) {
                into.add(new RawCluster(c.getLabels(), c.getDocuments()));
            } else {
                flatten(c.getClusters(), into);
            }
        }
    }
}
