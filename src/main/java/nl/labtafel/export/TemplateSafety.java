package nl.labtafel.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.labtafel.model.Problem;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * What a template must not carry into an export. A DOCTYPE in any XML part (XML entity tricks) refuses the
 * template with a message naming it. A link to an outside resource that Word would fetch on opening (an image,
 * a frame, an attached template on a web server: a tracking pixel) is removed, with every reference to it;
 * plain hyperlinks stay, Word only follows those when clicked.
 */
final class TemplateSafety {
    private static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static final int PEEK = 4096;

    private TemplateSafety() {
    }

    static void refuseDoctype(Path file, XWPFDocument doc) throws ExportException {
        try {
            for (PackagePart part : doc.getPackage().getParts()) {
                if (part instanceof PackagePropertiesPart || !part.getContentType().toLowerCase(Locale.ROOT).contains("xml")) {
                    continue; // core properties POI has parsed itself (and would refuse a DOCTYPE in)
                }
                try (InputStream in = part.getInputStream()) {
                    String head = new String(in.readNBytes(PEEK), StandardCharsets.ISO_8859_1);
                    if (head.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                        throw new ExportException(file, new Problem("", "exportProblem.template.doctype",
                                part.getPartName().getName()), null);
                    }
                }
            }
        } catch (IOException | InvalidFormatException e) {
            throw new ExportException(file, new Problem("", "exportProblem.template.notDocx"), e);
        }
    }

    /** Removes the outside links Word would fetch; returns how many (for the log). */
    static int removeExternalResources(XWPFDocument doc) throws InvalidFormatException {
        int removed = 0;
        List<POIXMLDocumentPart> parts = new ArrayList<>();
        parts.add(doc);
        parts.addAll(doc.getHeaderList());
        parts.addAll(doc.getFooterList());
        for (PackagePart part : doc.getPackage().getParts()) {
            if (part.isRelationshipPart() || part instanceof PackagePropertiesPart) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            for (PackageRelationship rel : part.getRelationships()) {
                if (rel.getTargetMode() == TargetMode.EXTERNAL && !HYPERLINK.equals(rel.getRelationshipType())) {
                    ids.add(rel.getId());
                }
            }
            ids.forEach(part::removeRelationship);
            if (ids.isEmpty()) {
                continue;
            }
            removed += ids.size();
            for (POIXMLDocumentPart xml : parts) {
                if (xml.getPackagePart() == part) {
                    XmlObject root = xml == doc ? doc.getDocument() : xmlOf(xml);
                    if (root != null) {
                        dropReferences(root, ids);
                    }
                }
            }
        }
        return removed;
    }

    private static XmlObject xmlOf(POIXMLDocumentPart part) {
        if (part instanceof XWPFHeaderFooter hf) {
            return hf._getHdrFtr();
        }
        return null;
    }

    /** Removes attributes (r:link, r:id, r:embed) naming a removed relationship, so nothing points nowhere. */
    private static void dropReferences(XmlObject root, Set<String> ids) {
        try (XmlCursor cursor = root.newCursor()) {
            while (cursor.hasNextToken()) {
                XmlCursor.TokenType token = cursor.toNextToken();
                if (token == XmlCursor.TokenType.ATTR && ids.contains(cursor.getTextValue())) {
                    cursor.removeXml();
                }
            }
        }
    }
}
