package nl.labtafel.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import nl.labtafel.export.ActionWorkbook;
import nl.labtafel.export.BoardPicture;
import nl.labtafel.export.ExportException;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportService;
import nl.labtafel.text.Language;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;

/**
 * One export as the dialog asked for it, run on the background executor: the board picture drawn into
 * a temporary PNG, then the minutes and/or the action list. Each
 * document is complete or absent; the temporary picture is removed afterwards.
 */
final class ExportJob {
    private final ExportService service;
    private final Session snapshot;
    private final ExportOptions options;
    private final Path minutes;
    private final Path actions;
    private final boolean picture;
    private final Messages messages;
    private Path excel;
    private String sessionFileName = "";

    ExportJob(ExportService service, Session snapshot, ExportOptions options, Path minutes, Path actions,
              boolean picture, Messages messages) {
        this.service = service;
        this.snapshot = snapshot;
        this.options = options;
        this.minutes = minutes;
        this.actions = actions;
        this.picture = picture;
        this.messages = messages;
    }

    /** Also writes the actions to an Excel sheet (null: not). */
    ExportJob withExcel(Path xlsx, Path sessionFile) {
        this.excel = xlsx;
        this.sessionFileName = sessionFile == null ? "" : sessionFile.getFileName().toString();
        return this;
    }

    /** The files written, in order. */
    List<Path> run(DoubleConsumer progress) throws ExportException, IOException {
        Path png = null;
        List<Path> written = new ArrayList<>();
        try {
            ExportOptions effective = options;
            if (picture) {
                png = Files.createTempFile("labtafel-board", ".png");
                ImageIO.write(BoardPicture.draw(snapshot, messages), "png", png.toFile());
                effective = options.withBoardImage(png);
            }
            double share = minutes != null && actions != null ? 0.5 : 1.0;
            if (minutes != null) {
                service.exportMinutes(snapshot, effective, minutes, f -> progress.accept(f * share));
                written.add(minutes);
            }
            if (actions != null) {
                double start = minutes != null ? 0.5 : 0;
                service.exportActions(snapshot, effective, actions, f -> progress.accept(start + f * share));
                written.add(actions);
            }
            if (excel != null) {
                Language language = options.language() != null ? options.language() : snapshot.language();
                ActionWorkbook.write(excel, new ActionWorkbook(language).render(
                        List.of(new ActionWorkbook.Source(snapshot, sessionFileName)), false));
                written.add(excel);
            }
            progress.accept(1);
            return written;
        } finally {
            if (png != null) {
                Files.deleteIfExists(png);
            }
        }
    }
}
