package nl.labtafel.room;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The phone page's files, read once from the app's resources. Only these names are served: a request
 * for anything else (../, folders, other resources) is a 404, so nothing can be traversed or listed.
 * The phone page carries its own small Dutch/English text table (it picks by the phone's language);
 * the "scan the code" page says everything in both languages, since it is all a stranger sees.
 */
final class PhoneFiles {
    private static final String BASE = "/nl/labtafel/room/web/";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "phone.css", "text/css; charset=utf-8",
            "phone.js", "text/javascript; charset=utf-8",
            "scan.css", "text/css; charset=utf-8");

    record StaticFile(String contentType, byte[] bytes) {
    }

    /** What the scan page says above its room-code field. */
    enum Notice {
        NONE("", ""),
        OLD_LINK("Deze link werkt niet (meer). Scan de code op het scherm opnieuw.",
                "This link does not work (any more). Scan the code on the screen again."),
        WRONG_CODE("Die zaalcode klopt niet. Kijk nog eens op het scherm.",
                "That room code is not right. Look at the screen again."),
        TOO_MANY("Te vaak een verkeerde code. Wacht een minuut en probeer het opnieuw.",
                "Too many wrong codes. Wait a minute and try again.");

        final String nl;
        final String en;

        Notice(String nl, String en) {
            this.nl = nl;
            this.en = en;
        }
    }

    private final Map<String, StaticFile> files;
    private final String scanTemplate;

    PhoneFiles() {
        HashMap<String, StaticFile> loaded = new HashMap<>();
        TYPES.forEach((name, type) -> loaded.put(name, new StaticFile(type, read(name))));
        files = Map.copyOf(loaded);
        scanTemplate = new String(read("scan.html"), StandardCharsets.UTF_8);
    }

    StaticFile file(String name) {
        return files.get(name);
    }

    String scanPage(Notice notice) {
        String message = notice == Notice.NONE ? ""
                : "<p class=\"notice\" role=\"alert\"><span lang=\"nl\">" + notice.nl + "</span><br><span lang=\"en\">"
                + notice.en + "</span></p>";
        return scanTemplate.replace("<!--NOTICE-->", message);
    }

    /** Total bytes of what a phone loads (page, style, script): kept well under 100 KB by a test. */
    int phonePageBytes() {
        return files.get("index.html").bytes().length + files.get("phone.css").bytes().length
                + files.get("phone.js").bytes().length;
    }

    private static byte[] read(String name) {
        try (InputStream in = PhoneFiles.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
