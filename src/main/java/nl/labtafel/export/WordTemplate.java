package nl.labtafel.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.labtafel.model.Problem;
import nl.labtafel.ui.look.Styles;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word template opened as the start of a new document: its styles, lists, headers, footers, margins
 * and logo stay; its body (the organiser's sample text) is emptied. Styles are checked first, so a
 * template that cannot make a proper document is refused with every problem named.
 */
final class WordTemplate {
    /** A template with a large logo is a few MB; anything far beyond that is not a template. */
    private static final long MAX_BYTES = 100L * 1024 * 1024;
    /** A4 with 2.5 cm margins, for a template without a page size. */
    private static final int DEFAULT_TEXT_WIDTH = 9070;

    private final XWPFDocument document;
    private final TemplateStyles styles;

    private WordTemplate(XWPFDocument document, TemplateStyles styles) {
        this.document = document;
        this.styles = styles;
    }

    static WordTemplate open(Path file, Set<StyleRole> needed) throws ExportException {
        XWPFDocument doc = read(file);
        List<Problem> problems = new ArrayList<>();
        TemplateStyles styles = TemplateStyles.resolve(doc, needed, problems);
        if (!problems.isEmpty()) {
            close(doc);
            throw new ExportException(file, problems, null);
        }
        emptyBody(doc);
        return new WordTemplate(doc, styles);
    }

    XWPFDocument document() {
        return document;
    }

    TemplateStyles styles() {
        return styles;
    }

    /** Width between the margins in twentieths of a point, for table columns and pictures. */
    int textWidth() {
        CTSectPr sect = document.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || sect.getPgSz().getW() == null) {
            return DEFAULT_TEXT_WIDTH;
        }
        long width = twips(sect.getPgSz().getW());
        if (sect.isSetPgMar()) {
            width -= twips(sect.getPgMar().getLeft()) + twips(sect.getPgMar().getRight());
        }
        return width > 1000 ? (int) width : DEFAULT_TEXT_WIDTH;
    }

    private static long twips(Object value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            return 0; // a measure like "2.5cm" (strict OOXML): fall back rather than guess units
        }
    }

    private static XWPFDocument read(Path file) throws ExportException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ExportException(file, new Problem("", "exportProblem.template.isFolder"), null);
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ExportException(file, new Problem("", "load.notRegular"), null); // a device or a pipe
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ExportException(file, new Problem("", "exportProblem.template.notDocx"), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExportException(file, new Problem("", "exportProblem.template.notFound"), e);
        } catch (AccessDeniedException e) {
            throw new ExportException(file, new Problem("", "load.denied"), e);
        } catch (IOException e) {
            throw new ExportException(file, new Problem("", "load.failed", String.valueOf(e.getMessage())), e);
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            // Word 97-2003 (.doc), or a .docx protected with a password: both are OLE2 containers.
            throw new ExportException(file, new Problem("", "exportProblem.template.oldWord"), null);
        }
        if (magic != FileMagic.OOXML) {
            throw new ExportException(file, new Problem("", "exportProblem.template.notDocx"), null);
        }
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // An Excel or PowerPoint file, or a damaged zip: POI's reason is technical, ours names the file.
            throw new ExportException(file, new Problem("", "exportProblem.template.notDocx"), e);
        }
        String type = doc.getPackagePart().getContentType();
        if (XWPFRelation.MACRO_DOCUMENT.getContentType().equals(type)
                || XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType().equals(type)) {
            close(doc);
            throw new ExportException(file, new Problem("", "exportProblem.template.macros"), null);
        }
        TemplateSafety.refuseDoctype(file, doc);
        try {
            int removed = TemplateSafety.removeExternalResources(doc);
            if (removed > 0) {
                System.getLogger(WordTemplate.class.getName()).log(System.Logger.Level.INFO,
                        file + ": " + removed + " link(s) to outside resources left out of the export");
            }
        } catch (InvalidFormatException | RuntimeException e) {
            close(doc);
            throw new ExportException(file, new Problem("", "exportProblem.template.notDocx"), e);
        }
        if (XWPFRelation.TEMPLATE.getContentType().equals(type)) {
            // A Word template (.dotx) is welcome; what we write is a document, so it must say so.
            doc.getPackage().replaceContentType(type, XWPFRelation.DOCUMENT.getContentType());
        }
        return doc;
    }

    /** Removes the sample text; the final section properties (page, margins, header, footer) stay. */
    private static void emptyBody(XWPFDocument doc) {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        CTBody body = doc.getDocument().getBody();
        try (XmlCursor cursor = body.newCursor()) {
            // Content controls, bookmarks and the like are not body elements POI removes: clear them too.
            boolean more = cursor.toFirstChild();
            while (more) {
                if (cursor.getObject() instanceof CTSectPr) {
                    more = cursor.toNextSibling();
                } else {
                    cursor.removeXml();
                    more = cursor.isStart() || cursor.toNextSibling();
                }
            }
        }
    }

    static void close(XWPFDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // An in-memory document: nothing to release.
        }
    }
}
