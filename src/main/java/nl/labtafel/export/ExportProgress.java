package nl.labtafel.export;

/**
 * How far an export is, from 0 to 1. Called on the exporting thread; a UI hands it to its own thread.
 */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = fraction -> { };

    void report(double fraction);
}
