package nl.labtafel.cluster;

import java.util.Map;

/** Lists core-gloss English words the word vectors lack (they would add nothing); not a test. */
final class CoreGlossCheck {
    private CoreGlossCheck() {
    }

    public static void main(String[] args) {
        WordVectors vectors = WordVectors.load();
        Map<String, String[]> core = CoreGloss.load();
        System.out.println("core words and forms: " + core.size());
        core.forEach((nl, en) -> {
            for (String e : en) {
                if (vectors.get(e) == null) {
                    System.out.println("no vector: " + nl + " -> " + e);
                }
            }
        });
    }
}
