package nl.labtafel.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Variants of the default minutes template, made the way Word would save them: one as Dutch Word does
 * (localised style ids, English names), one restyled by an organiser (fonts, colours, bullet, table).
 */
final class TemplateVariants {
    /** Dutch Word's ids for the built-in styles; the names stay English ("heading 1"). */
    static final Map<String, String> DUTCH_IDS = Map.ofEntries(Map.entry("Normal", "Standaard"),
            Map.entry("Title", "Titel"), Map.entry("Subtitle", "Ondertitel"), Map.entry("Heading1", "Kop1"),
            Map.entry("Heading2", "Kop2"), Map.entry("Heading3", "Kop3"), Map.entry("ListBullet", "Lijstopsomteken"),
            Map.entry("ListNumber", "Lijstnummering"), Map.entry("Caption", "Bijschrift"),
            Map.entry("Strong", "Zwaar"), Map.entry("Header", "Koptekst"), Map.entry("Footer", "Voettekst"),
            Map.entry("DefaultParagraphFont", "Standaardalinea-lettertype"), Map.entry("TableNormal", "Standaardtabel"),
            Map.entry("NoList", "Geenlijst"), Map.entry("LabtafelTabel", "Labtafeltabel"));

    static final String RESTYLED_HEADING_FONT = "Georgia";
    static final String RESTYLED_HEADING_COLOUR = "C00000";
    static final String RESTYLED_BODY_FONT = "Times New Roman";
    static final String RESTYLED_BULLET = "\u25a0";
    static final String RESTYLED_HEADER_FILL = "2E7D32";

    private TemplateVariants() {
    }

    static Path defaultMinutes() {
        return Fixtures.templates().resolve(ExportService.MINUTES_TEMPLATE);
    }

    static Path dutchIds(Path dir) throws IOException {
        return rewrite(defaultMinutes(), dir.resolve("notulen-nl-ids.docx"), (name, xml) -> {
            String result = xml;
            for (Map.Entry<String, String> e : DUTCH_IDS.entrySet()) {
                // ids change, and every reference to them; the names (w:name) stay English
                result = result.replace("w:styleId=\"" + e.getKey() + "\"", "w:styleId=\"" + e.getValue() + "\"")
                        .replaceAll("<w:(basedOn|next|link|pStyle|rStyle|tblStyle) w:val=\"" + e.getKey() + "\"",
                                "<w:$1 w:val=\"" + e.getValue() + "\"");
            }
            return result;
        });
    }

    static Path restyled(Path dir) throws IOException {
        return rewrite(defaultMinutes(), dir.resolve("notulen-huisstijl.docx"), (name, xml) -> switch (name) {
            case "word/styles.xml" -> xml
                    .replace("w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"",
                            "w:ascii=\"" + RESTYLED_BODY_FONT + "\" w:hAnsi=\"" + RESTYLED_BODY_FONT + "\"")
                    .replace("<w:outlineLvl w:val=\"0\"/></w:pPr>\n <w:rPr><w:b/><w:bCs/><w:color w:val=\"1F4E79\"/>",
                            "<w:outlineLvl w:val=\"0\"/></w:pPr>\n <w:rPr><w:rFonts w:ascii=\"" + RESTYLED_HEADING_FONT
                                    + "\" w:hAnsi=\"" + RESTYLED_HEADING_FONT + "\"/><w:b/><w:bCs/><w:color w:val=\""
                                    + RESTYLED_HEADING_COLOUR + "\"/>")
                    .replace("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F4E79\"/>",
                            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + RESTYLED_HEADER_FILL + "\"/>");
            case "word/numbering.xml" -> xml.replaceFirst("<w:lvlText w:val=\"\u2022\"/>",
                    "<w:lvlText w:val=\"" + RESTYLED_BULLET + "\"/>");
            default -> xml;
        });
    }

    /** Drops one style from the default template, as an organiser deleting it in Word would. */
    static Path without(Path dir, String styleId) throws IOException {
        return rewrite(defaultMinutes(), dir.resolve("notulen-zonder-" + styleId + ".docx"), (name, xml) ->
                name.equals("word/styles.xml")
                        ? xml.replaceAll("(?s)<w:style [^>]*w:styleId=\"" + styleId + "\">.*?</w:style>", "") : xml);
    }

    static Path rewrite(Path source, Path target, BiFunction<String, String, String> xmlPart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] data;
                try (InputStream s = in.getInputStream(entry)) {
                    data = s.readAllBytes();
                }
                if (entry.getName().endsWith(".xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    data = xmlPart.apply(entry.getName(), xml).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Files.write(target, bytes.toByteArray());
        return target;
    }
}
