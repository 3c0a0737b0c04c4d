package nl.labtafel.export;

import java.nio.file.Path;

/**
 * The documents one export makes, each null when not asked for: the minutes and the action list (Word),
 * and the action list as an Excel sheet, whose "Sessie" column falls back to {@code sessionFileName}
 * when the session has no title.
 */
public record ExportTargets(Path minutes, Path actions, Path excel, String sessionFileName) {

    public ExportTargets {
        sessionFileName = sessionFileName == null ? "" : sessionFileName;
    }

    public static ExportTargets word(Path minutes, Path actions) {
        return new ExportTargets(minutes, actions, null, "");
    }

    public boolean isEmpty() {
        return minutes == null && actions == null && excel == null;
    }
}
