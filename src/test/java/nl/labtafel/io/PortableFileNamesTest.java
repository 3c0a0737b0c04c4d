package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** File names from titles that Windows, macOS and Linux all accept, checked on each kind of file system. */
class PortableFileNamesTest {
    static final List<String> HOSTILE = List.of("CON", "aux", "nul.json", "Com1", "LPT9 ", "Wonen: wat nu?",
            "a<b>c\"d/e\\f|g?h*i", "eindigt op punt...", "eindigt op spatie   ", "\t\n", "", "...", "   ",
            "Łódź – wonen & werk", "Straße", "Ærø", "日本語", "x".repeat(400), "Arbeidsmigranten LAB");

    @Test
    void titlesBecomeShortLowerCaseAsciiNames() {
        assertEquals("arbeidsmigranten-lab", PortableFileNames.fromTitle("Arbeidsmigranten LAB", "sessie"));
        assertEquals("lodz-wonen-werk", PortableFileNames.fromTitle("Łódź – wonen & werk", "sessie"));
        assertEquals("strasse", PortableFileNames.fromTitle("Straße", "sessie"));
        assertEquals("sessie", PortableFileNames.fromTitle("日本語", "sessie"));
        assertEquals(PortableFileNames.MAX_BASE, PortableFileNames.fromTitle("x".repeat(400), "sessie").length());
    }

    @Test
    void windowsDeviceNamesAreNeverUsed() {
        assertEquals("con-sessie", PortableFileNames.fromTitle("CON", "sessie"));
        assertEquals("aux-sessie", PortableFileNames.fromTitle("aux", "sessie"));
        assertEquals("lpt9-sessie", PortableFileNames.fromTitle("LPT9 ", "sessie"));
        assertFalse(PortableFileNames.isPortable("con.json"));
        assertFalse(PortableFileNames.isPortable("COM1.docx"));
        assertFalse(PortableFileNames.isPortable("notulen."));
        assertFalse(PortableFileNames.isPortable("wonen: wat nu.json"));
        assertTrue(PortableFileNames.isPortable("Notulen Łódź.docx"));
    }

    @Test
    void readableNamesKeepTheTitleButNothingWindowsRefuses() {
        assertEquals("Wonen wat nu", PortableFileNames.readable("Wonen: wat nu?", 60));
        assertEquals("eindigt op punt", PortableFileNames.readable("eindigt op punt...", 60));
        assertEquals("Łódź – wonen & werk", PortableFileNames.readable("Łódź – wonen & werk", 60));
        assertEquals("", PortableFileNames.readable("\t\n", 60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows", "osx", "unix"})
    void everyNameFromAHostileTitleCanBeCreatedOnEveryFileSystem(String kind) throws IOException {
        Configuration config = switch (kind) {
            case "windows" -> Configuration.windows();
            case "osx" -> Configuration.osX();
            default -> Configuration.unix();
        };
        try (FileSystem fs = Jimfs.newFileSystem(config)) {
            Path folder = Files.createDirectories(fs.getPath(kind.equals("windows") ? "C:\\Labtafel" : "/Labtafel"));
            for (String title : HOSTILE) {
                String slug = PortableFileNames.fromTitle(title, "sessie") + "-2018-04-24.json";
                assertTrue(PortableFileNames.isPortable(slug), slug);
                Files.writeString(folder.resolve(slug), title);
                String readable = "Notulen " + PortableFileNames.readable(title, PortableFileNames.MAX_BASE) + ".docx";
                assertTrue(PortableFileNames.isPortable(readable), readable);
                Files.writeString(folder.resolve(readable), title);
                assertEquals(title, Files.readString(folder.resolve(slug)), "the title itself is untouched inside");
            }
        }
    }
}
