package nl.labtafel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sessions folder on each platform, on in-memory file systems shaped like theirs. */
class UserFoldersTest {

    @Test
    void windowsFollowsDocumentsRedirectedToOneDriveOnAnotherDrive() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows().toBuilder().setRoots("C:\\", "D:\\").build())) {
            Path home = Files.createDirectories(fs.getPath("C:\\Users\\Łukasz Wójcik"));
            Files.createDirectories(fs.getPath("D:\\OneDrive - Gemeente\\Documenten"));
            Path sessions = UserFolders.sessions("Windows 11", Map.of(), home,
                    () -> Optional.of("D:\\OneDrive - Gemeente\\Documenten"));
            assertEquals(fs.getPath("D:\\OneDrive - Gemeente\\Documenten\\Labtafel"), sessions);
        }
    }

    @Test
    void windowsWithoutAnAnswerFromTheShellUsesTheHomeFolder() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            Path home = Files.createDirectories(fs.getPath("C:\\Users\\Zoë"));
            assertEquals(home.resolve("Labtafel"), UserFolders.sessions("Windows 10", Map.of(), home, Optional::empty));
        }
    }

    @Test
    void macOsUsesDocuments() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.osX())) {
            Path home = Files.createDirectories(fs.getPath("/Users/zoe"));
            Files.createDirectories(home.resolve("Documents"));
            assertEquals(home.resolve("Documents/Labtafel"), UserFolders.sessions("Mac OS X", Map.of(), home,
                    () -> Optional.of("C:\\never asked")));
        }
    }

    @Test
    void linuxFollowsXdgUserDirs() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path home = Files.createDirectories(fs.getPath("/home/zoe"));
            Files.createDirectories(home.resolve("Documenten"));
            Files.createDirectories(home.resolve(".config"));
            Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Documenten\"\n");
            assertEquals(home.resolve("Documenten/Labtafel"), UserFolders.sessions("Linux", Map.of(), home,
                    () -> Optional.of("C:\\never asked")));
        }
    }
}
