package nl.labtafel.bench;

import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportProgress;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.Fixtures;
import nl.labtafel.export.InventoryGrouping;
import nl.labtafel.model.Session;

/**
 * One fresh JVM, as the app starts: {@code warm} runs {@link ExportService#warmUp()} first (as the app does
 * on a background thread), then times the first export; otherwise the first export pays class loading.
 * Complements {@link FirstExportBenchmark} for a quick look: {@code java -cp … FirstExportMain [warm]}.
 */
public final class FirstExportMain {

    private FirstExportMain() {
    }

    public static void main(String[] args) throws Exception {
        Session session = Fixtures.large(1_000, 6, 3, 50);
        ExportOptions options = ExportOptions.defaults().withCanvasTables(true)
                .withInventoryAppendix(InventoryGrouping.ACTOR);
        ExportService service = new ExportService(Fixtures.templates());
        boolean warm = args.length > 0 && args[0].equals("warm");
        long start = System.nanoTime();
        if (warm) {
            service.warmUp();
        }
        long warmed = System.nanoTime();
        service.renderMinutes(session, options, ExportProgress.NONE);
        long done = System.nanoTime();
        System.out.printf("warm-up %.0f ms, first export %.0f ms%n", (warmed - start) / 1e6, (done - warmed) / 1e6);
    }
}
