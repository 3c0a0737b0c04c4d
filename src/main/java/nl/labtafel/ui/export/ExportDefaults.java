package nl.labtafel.ui.export;

import java.nio.file.Path;
import nl.labtafel.export.ExportService;
import nl.labtafel.io.PortableFileNames;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;

/** Where exports go by default: beside the session file (or in the sessions folder), named after its title. */
final class ExportDefaults {
    private final SessionContext context;

    ExportDefaults(SessionContext context) {
        this.context = context;
    }

    Path folder() {
        Path file = context.fileProperty().get();
        return file != null && file.toAbsolutePath().getParent() != null
                ? file.toAbsolutePath().getParent() : context.paths().sessions();
    }

    Path minutesFile() {
        return folder().resolve(name("exportDialog.minutesFile"));
    }

    Path actionsFile() {
        return folder().resolve(name("exportDialog.actionsFile"));
    }

    Path excelFile() {
        String docx = name("exportDialog.actionsFile");
        return folder().resolve(docx.substring(0, docx.length() - ".docx".length()) + ".xlsx");
    }

    Path minutesTemplate() {
        return context.paths().templates().resolve(ExportService.MINUTES_TEMPLATE);
    }

    /** "Notulen Arbeidsmigranten LAB.docx", with what Windows, macOS or Linux would refuse left out. */
    private String name(String key) {
        Messages m = context.messages();
        String title = context.session().getHeader().getTitle();
        String safe = PortableFileNames.readable(title, PortableFileNames.MAX_BASE);
        return m.format(key, safe.isEmpty() ? m.get("exportDialog.untitled") : safe) + ".docx";
    }
}
