package nl.labtafel.cluster;

/** Prints every label ThemeLabelsTest checks; not a test. */
final class LabelShow {
    private LabelShow() {
    }

    public static void main(String[] args) throws Exception {
        for (String[] l : ThemeLabelsTest.labels()) {
            System.out.println(l[0] + "\t" + l[2]);
        }
    }
}
