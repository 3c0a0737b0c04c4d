package nl.labtafel.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import nl.labtafel.export.BoardPicture;
import nl.labtafel.export.ExportException;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.ExportTargets;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;

/**
 * One export as the dialog asked for it, run on the background executor: the board picture drawn into a
 * temporary PNG (removed afterwards), then {@link ExportService#export}, which renders every document
 * before it writes any.
 */
final class ExportJob {
    private final ExportService service;
    private final Session snapshot;
    private final ExportOptions options;
    private final ExportTargets targets;
    private final boolean picture;
    private final Messages messages;

    ExportJob(ExportService service, Session snapshot, ExportOptions options, ExportTargets targets, boolean picture,
              Messages messages) {
        this.service = service;
        this.snapshot = snapshot;
        this.options = options;
        this.targets = targets;
        this.picture = picture;
        this.messages = messages;
    }

    /** The files written, in order. */
    List<Path> run(DoubleConsumer progress) throws ExportException, IOException {
        Path png = null;
        try {
            ExportOptions effective = options;
            if (picture) {
                png = Files.createTempFile("labtafel-board", ".png");
                ImageIO.write(BoardPicture.draw(snapshot, messages), "png", png.toFile());
                effective = options.withBoardImage(png);
            }
            return service.export(snapshot, effective, targets, progress::accept);
        } finally {
            if (png != null) {
                Files.deleteIfExists(png);
            }
        }
    }
}
