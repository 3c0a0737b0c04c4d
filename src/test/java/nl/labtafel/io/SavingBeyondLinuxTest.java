package nl.labtafel.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Feature;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Saving where Labtafel meets Windows laptops: a file system that refuses hard links (FAT/exFAT, some
 * shares), one that cannot move atomically (some SMB shares), a target another program holds open
 * for a moment or for good, and a read-only share. Windows-style file systems in memory (Jimfs).
 */
class SavingBeyondLinuxTest {
    private final FileSystem windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
            .setSupportedFeatures(Feature.FILE_CHANNEL).build());
    private final Path folder = windows.getPath("C:\\Users\\Łukasz\\OneDrive\\Documenten\\Labtafel");
    private final List<Long> pauses = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        windows.close();
    }

    @Test
    void aFileSystemWithoutLinksKeepsTheBackupAsACopy() throws Exception {
        Path file = session("oud");
        AtomicFiles.write(file, bytes("nieuw"), true);
        assertEquals("nieuw", Files.readString(file, UTF_8));
        assertEquals("oud", Files.readString(AtomicFiles.backupOf(file), UTF_8));
        assertNoTemporaryFiles();
    }

    @Test
    void aTargetHeldForAMomentIsReplacedAfterShortPauses() throws Exception {
        Path file = session("oud");
        AtomicFiles.write(file, writer("nieuw"), true, heldFor(3, file), pauses::add);
        assertEquals("nieuw", Files.readString(file, UTF_8));
        assertEquals(List.of(50L, 100L, 200L), pauses);
        assertNoTemporaryFiles();
    }

    @Test
    void aTargetHeldForGoodFailsWithAMessageNamingTheCauseAndKeepsTheOldFile() throws Exception {
        Path file = session("oud");
        FileProblemException e = assertThrows(FileProblemException.class,
                () -> AtomicFiles.write(file, writer("nieuw"), true, heldFor(Integer.MAX_VALUE, file), pauses::add));
        assertEquals("save.locked", e.problems().get(0).key());
        assertEquals("oud", Files.readString(file, UTF_8));
        long waited = pauses.stream().mapToLong(Long::longValue).sum();
        assertTrue(waited >= 1500 && waited <= 3000, "waited about two seconds in all: " + waited);
        assertNoTemporaryFiles();
    }

    @Test
    void aShareThatCannotMoveAtomicallyIsReplacedPlainly() throws Exception {
        Path file = session("oud");
        AtomicFiles.Mover noAtomicMove = (from, to, options) -> {
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "SMB");
            }
            Files.move(from, to, options);
        };
        AtomicFiles.write(file, writer("nieuw"), false, noAtomicMove, pauses::add);
        assertEquals("nieuw", Files.readString(file, UTF_8));
        assertEquals(List.of(), pauses);
    }

    @Test
    void aReadOnlyShareFailsAtOnceNamingTheFolder() throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("nieuw.json");
        AtomicFiles.Mover readOnly = (from, to, options) -> {
            throw new AccessDeniedException(to.toString());
        };
        FileProblemException e = assertThrows(FileProblemException.class,
                () -> AtomicFiles.write(file, writer("x"), true, readOnly, pauses::add));
        assertEquals("save.readOnly", e.problems().get(0).key());
        assertEquals(List.of(), pauses, "nothing to wait for on a read-only share");
        assertTrue(Files.notExists(file));
        assertNoTemporaryFiles();
    }

    /** A mover that fails like Windows does while another program has {@code target} open. */
    private static AtomicFiles.Mover heldFor(int times, Path target) {
        int[] left = {times};
        return (Path from, Path to, CopyOption... options) -> {
            if (to.equals(target) && left[0]-- > 0) {
                throw new FileSystemException(from.toString(), to.toString(),
                        "The process cannot access the file because it is being used by another process");
            }
            Files.move(from, to, options);
        };
    }

    private Path session(String content) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("arbeidsmigranten-lab-2018-04-24.json"), content, UTF_8);
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    private static AtomicFiles.ContentWriter writer(String text) {
        return channel -> channel.write(ByteBuffer.wrap(bytes(text)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
