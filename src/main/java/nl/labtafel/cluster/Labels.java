package nl.labtafel.cluster;

import java.util.List;

/** Makes a short readable label from Carrot2's labels for a cluster. */
final class Labels {
    private Labels() {
    }

    static String label(List<String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        return String.join(", ", labels);
    }
}
