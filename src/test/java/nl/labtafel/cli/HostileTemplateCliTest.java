package nl.labtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nl.labtafel.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates an attacker could hand an organiser: nothing of theirs is fetched, nothing technical is said. */
class HostileTemplateCliTest {
    private static final Path PROJECT = Path.of(System.getProperty("labtafel.projectDir", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    private Path variant(String name, BiFunction<String, String, String> edit) throws Exception {
        Path out = dir.resolve(name);
        try (ZipFile zip = new ZipFile(PROJECT.resolve("templates/notulen.docx").toFile());
             ZipOutputStream to = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    bytes = edit.apply(e.getName(), new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                to.putNextEntry(new ZipEntry(e.getName()));
                to.write(bytes);
                to.closeEntry();
            }
        }
        return out;
    }

    private CliRun cli() {
        return new CliRun(new AppPaths(PROJECT));
    }

    @Test
    void anOutsideImageLinkIsNotCopiedIntoTheExport() throws Exception {
        Path template = variant("tracker.docx", (name, xml) -> name.equals("word/_rels/document.xml.rels")
                ? xml.replace("</Relationships>", "<Relationship Id=\"rIdTrack\" Type=\"http://schemas.openxmlformats.org"
                + "/officeDocument/2006/relationships/image\" Target=\"http://tracker.example/track.png\" "
                + "TargetMode=\"External\"/></Relationships>") : xml);
        Path minutes = dir.resolve("notulen.docx");
        CliRun run = cli();
        assertEquals(0, run.run("export", PROJECT.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json").toString(),
                "--minutes", minutes.toString(), "--template", template.toString()), run.err());
        try (ZipFile zip = new ZipFile(minutes.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("tracker.example"), e.getName() + " still links the tracker");
            }
        }
    }

    @Test
    void aDoctypeInDocPropsIsAMessageNamingTheTemplate() throws Exception {
        Path template = variant("doctype.docx", (name, xml) -> name.equals("docProps/core.xml")
                ? xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e \"boem\">]>") : xml);
        Path minutes = dir.resolve("notulen.docx");
        CliRun run = cli();
        assertEquals(1, run.run("export", PROJECT.resolve("sessions/arbeidsmigranten-lab-2018-04-24.json").toString(),
                "--minutes", minutes.toString(), "--template", template.toString()));
        assertEquals(template + ": onderdeel /docProps/core.xml bevat een DOCTYPE-declaratie, die een Word-sjabloon "
                + "nooit heeft; sla het sjabloon opnieuw op vanuit Word\n", run.err().replace("\r", ""));
        assertFalse(Files.exists(minutes));
    }
}
