package nl.labtafel.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import nl.labtafel.export.ExportException;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.ExportTargets;
import nl.labtafel.model.Session;

/**
 * One export as the dialog asked for it, run on the background executor: {@link ExportService#export}, which
 * draws the minutes' pictures (the room's inventory and themes pages, when asked) and renders every document
 * before it writes any.
 */
final class ExportJob {
    private final ExportService service;
    private final Session snapshot;
    private final ExportOptions options;
    private final ExportTargets targets;
    private final boolean picture;

    ExportJob(ExportService service, Session snapshot, ExportOptions options, ExportTargets targets, boolean picture) {
        this.service = service;
        this.snapshot = snapshot;
        this.options = options;
        this.targets = targets;
        this.picture = picture;
    }

    /** The files written, in order. */
    List<Path> run(DoubleConsumer progress) throws ExportException {
        return service.export(snapshot, options.withPictures(picture), targets, progress::accept);
    }
}
