package nl.labtafel.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.labtafel.io.AtomicFiles;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Note;
import nl.labtafel.model.Problem;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.text.Language;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Minutes and action lists as Word documents, built from the organiser's templates. Blocking and
 * CPU-bound: call it off the UI thread, with a snapshot ({@link Session#copy()}) of a session that may
 * still change. An output file is complete or left as it was; nothing else is ever written.
 */
public final class ExportService {
    public static final String MINUTES_TEMPLATE = "notulen.docx";
    public static final String ACTIONS_TEMPLATE = "actielijst.docx";

    static {
        // POI logs through log4j-api and Labtafel ships no log4j back end: without a context factory the
        // first export prints "could not find a logging provider" on the console. Our own messages say
        // what went wrong, so POI's log stays silent unless someone configures logging on purpose.
        if (System.getProperty("log4j2.loggerContextFactory") == null
                && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private final Path templatesFolder;
    private final MinutesPictures pictures;

    /** @param templatesFolder where the default templates are ({@code AppPaths.templates()}) */
    public ExportService(Path templatesFolder) {
        this(templatesFolder, MinutesPictures.BOARD);
    }

    /** @param pictures draws the minutes' pictures when {@link ExportOptions#pictures()} asks for them */
    public ExportService(Path templatesFolder, MinutesPictures pictures) {
        this.templatesFolder = templatesFolder;
        this.pictures = pictures;
    }

    public Path minutesTemplate(ExportOptions options) {
        return options.minutesTemplate() != null ? options.minutesTemplate()
                : templatesFolder.resolve(MINUTES_TEMPLATE);
    }

    public Path actionsTemplate(ExportOptions options) {
        return options.actionsTemplate() != null ? options.actionsTemplate()
                : templatesFolder.resolve(ACTIONS_TEMPLATE);
    }

    public void exportMinutes(Session session, ExportOptions options, Path out, ExportProgress progress)
            throws ExportException {
        checkTarget(out, minutesTemplate(options));
        write(out, renderMinutes(session, options, progress));
        progress.report(1);
    }

    public void exportActions(Session session, ExportOptions options, Path out, ExportProgress progress)
            throws ExportException {
        checkTarget(out, actionsTemplate(options));
        write(out, renderActions(session, options, progress));
        progress.report(1);
    }

    /**
     * Everything asked for, all or nothing as far as this service can promise: every target is checked and
     * every document rendered before the first file is written, so a broken template, a missing style or a
     * bad picture leaves all targets as they were. (A disk that fails between two writes can still leave
     * the first one written; each file itself is written atomically.) Both the export dialog and the
     * command line export this way.
     *
     * @return the files written, in the order minutes, action list, Excel sheet
     */
    public List<Path> export(Session session, ExportOptions options, ExportTargets targets, ExportProgress progress)
            throws ExportException {
        if (targets.minutes() != null) {
            checkTarget(targets.minutes(), minutesTemplate(options));
        }
        if (targets.actions() != null) {
            checkTarget(targets.actions(), actionsTemplate(options));
        }
        if (targets.excel() != null) {
            ActionWorkbook.checkTarget(targets.excel());
        }
        double share = targets.minutes() != null && targets.actions() != null ? 0.45 : 0.9;
        byte[] minutes = targets.minutes() == null ? null
                : renderMinutes(session, options, f -> progress.report(f * share));
        double start = targets.minutes() != null ? share : 0;
        byte[] actions = targets.actions() == null ? null
                : renderActions(session, options, f -> progress.report(start + f * share));
        byte[] sheet = targets.excel() == null ? null
                : new ActionWorkbook(language(session, options)).render(
                        List.of(new ActionWorkbook.Source(session, targets.sessionFileName())), false);
        progress.report(0.95);
        List<Path> written = new ArrayList<>();
        if (minutes != null) {
            write(targets.minutes(), minutes);
            written.add(targets.minutes());
        }
        if (actions != null) {
            write(targets.actions(), actions);
            written.add(targets.actions());
        }
        if (sheet != null) {
            ActionWorkbook.write(targets.excel(), sheet);
            written.add(targets.excel());
        }
        progress.report(1);
        return written;
    }

    /**
     * How many pictures of the room the minutes would get (inventory and themes pages): laid out, not painted.
     * Slow for a large session (the room's layout of every post-it): call it off the FX thread.
     */
    public int pictureCount(Session session, Language language) {
        return pictures.inventory(session, language).count() + pictures.themes(session, language).count();
    }

    /** The minutes as .docx bytes, for callers that write several files only when all could be made. */
    public byte[] renderMinutes(Session session, ExportOptions options, ExportProgress progress)
            throws ExportException {
        Path templateFile = minutesTemplate(options);
        List<PngInfo> boards = options.boardImage() == null ? List.of() : List.of(PngInfo.read(options.boardImage()));
        List<PngInfo> inventory = List.of();
        ExportProgress rest = progress;
        if (options.pictures()) {
            Language language = language(session, options);
            inventory = encode(templateFile, pictures.inventory(session, language), f -> progress.report(f * 0.3));
            if (boards.isEmpty()) {
                boards = encode(templateFile, pictures.themes(session, language), f -> progress.report(0.3 + f * 0.1));
            }
            rest = f -> progress.report(0.4 + f * 0.6);
        }
        List<PngInfo> inventoryPictures = inventory;
        List<PngInfo> boardPictures = boards;
        ExportProgress documentProgress = rest;
        return render(session, options, templateFile, MinutesExporter.NEEDED, documentProgress, (template, labels) -> {
            new MinutesExporter(session, options, labels, new DocWriter(template), inventoryPictures, boardPictures)
                    .write(documentProgress);
            return MinutesExporter.title(session, labels);
        });
    }

    /** Each page painted and encoded before the next is painted, so only one page's image is in memory. */
    private static List<PngInfo> encode(Path templateFile, MinutesPictures.Pages pages, ExportProgress progress)
            throws ExportException {
        List<PngInfo> encoded = new ArrayList<>(pages.count());
        try {
            for (int i = 0; i < pages.count(); i++) {
                encoded.add(PngInfo.encode(pages.draw(i)));
                progress.report((i + 1.0) / pages.count());
            }
        } catch (IOException | RuntimeException e) {
            throw failed(templateFile, e);
        }
        return encoded;
    }

    public byte[] renderActions(Session session, ExportOptions options, ExportProgress progress)
            throws ExportException {
        Path templateFile = actionsTemplate(options);
        return render(session, options, templateFile, ActionListExporter.NEEDED, progress, (template, labels) -> {
            new ActionListExporter(session, options, labels, new DocWriter(template)).write();
            progress.report(0.5);
            return ActionListExporter.title(session, labels);
        });
    }

    /** Writes a document's own part into an opened template; returns its title for the file's properties. */
    private interface Body {
        String write(WordTemplate template, ExportLabels labels) throws IOException;
    }

    /** One document from its template: the body, then properties and footer words in its language, as bytes. */
    private byte[] render(Session session, ExportOptions options, Path templateFile, Set<StyleRole> needed,
                          ExportProgress progress, Body body) throws ExportException {
        WordTemplate template = WordTemplate.open(templateFile, needed);
        progress.report(0.05);
        ExportLabels labels = labels(session, options);
        try {
            String title = body.write(template, labels);
            DocumentProperties.apply(template.document(), session, options, labels, title, Instant.now());
            FooterWords.localise(template.document(), labels);
            return finish(template.document(), progress);
        } catch (IOException | RuntimeException e) {
            throw failed(templateFile, e);
        } finally {
            WordTemplate.close(template.document());
        }
    }

    /**
     * Loads POI, XMLBeans and the Word schema classes by making a small export in memory, so the first real
     * export does not pay for it (seconds on a slow laptop). Meant for a background thread at start-up;
     * it never throws.
     */
    public void warmUp() {
        try {
            Session sample = sampleSession();
            ExportOptions options = ExportOptions.defaults().withCanvasTables(true)
                    .withInventoryAppendix(InventoryGrouping.THEME);
            // Twice over a few hundred notes: loads every class and lets the JIT compile the hot paths.
            for (int round = 0; round < 2; round++) {
                renderMinutes(sample, options, ExportProgress.NONE);
                renderActions(sample, options, ExportProgress.NONE);
            }
        } catch (ExportException | RuntimeException | LinkageError e) {
            // A missing default template only means the first export warms up itself.
        }
    }

    private static void write(Path out, byte[] bytes) throws ExportException {
        try {
            AtomicFiles.write(out, bytes, false);
        } catch (FileProblemException e) {
            throw new ExportException(e.file(), e.problems(), e);
        }
    }

    /** Refuses a name that would overwrite a session file or the template being used. */
    public static void checkTarget(Path out, Path template) throws ExportException {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new ExportException(out, new Problem("", "exportProblem.out.notDocx"), null);
        }
        if (sameFile(out, template)) {
            throw new ExportException(out, new Problem("", "exportProblem.out.isTemplate"), null);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    private static ExportLabels labels(Session session, ExportOptions options) {
        return new ExportLabels(language(session, options));
    }

    /** The export's language: the one chosen for it, else the session's own. */
    private static Language language(Session session, ExportOptions options) {
        return options.language() != null ? options.language() : session.language();
    }

    private static byte[] finish(XWPFDocument doc, ExportProgress progress) throws IOException {
        progress.report(0.8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        doc.write(bytes);
        progress.report(0.95);
        return bytes.toByteArray();
    }

    private static ExportException failed(Path template, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ExportException(template, new Problem("", "exportProblem.failed", reason), e);
    }

    private static Session sampleSession() {
        Session s = new Session();
        s.getHeader().setTitle("Labtafel");
        s.getHeader().setDate(LocalDate.of(2018, 4, 24));
        s.getHeader().setStartTime(LocalTime.of(19, 30));
        s.getHeader().setEndTime(LocalTime.of(21, 30));
        s.setIntroduction("Labtafel");
        Theme theme = new Theme("t", "Labtafel");
        theme.setChosen(true);
        s.getThemes().add(theme);
        for (int i = 0; i < 300; i++) {
            Note note = new Note("n" + i, "Labtafel " + i, null);
            note.setThemeId("t");
            s.getNotes().add(note);
        }
        s.getInsights().getObservations().add(new Insight("i", "Labtafel"));
        ResearchTeam team = new ResearchTeam("team", "t");
        team.setOutcome("Labtafel");
        team.setNextStep("Labtafel");
        team.getIngredients().add(new CanvasNote("c", "Labtafel"));
        s.getTeams().add(team);
        s.getActions().add(new ActionItem("a", "Labtafel", "Labtafel"));
        return s;
    }
}
