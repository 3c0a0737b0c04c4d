package nl.labtafel.model;

/** An edit the model refuses because it would lose work; the key names the reason in the bundles. */
public final class OperationRefused extends RuntimeException {
    private final transient Problem problem;

    public OperationRefused(String key, Object... args) {
        super(key);
        this.problem = new Problem("", key, args);
    }

    public Problem problem() {
        return problem;
    }
}
