import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the self-contained Labtafel app for the platform it runs on: a trimmed Java runtime with
 * JavaFX inside (jlink), an app image (jpackage) and, unless told not to, the platform's installer
 * (.deb on Linux, .msi on Windows, .dmg on macOS). Run by {@code mvn -Pdist package}; written as one
 * Java file (not a shell script) so the same build works on all three systems.
 *
 * <p>JavaFX's jmods are not on Maven Central, only its jars with a platform classifier. Given to
 * jlink as they are, those jars put their native libraries inside the module image, and JavaFX then
 * unpacks them to the user's home at every first start. So each jar is turned into a jmod here: the
 * classes as classes, the native libraries as native libraries, exactly as the official jmods are.
 *
 * <p>Arguments: {@code PROJECT_DIR POM_VERSION INSTALLER(true|false) RUNTIME_CLASSPATH}; the class path
 * (target/classes and the dependency jars) comes from exec-maven-plugin.
 */
public final class Packager {
    static final String NAME = "Labtafel";
    static final String MAIN_CLASS = "nl.labtafel.Launcher";
    /**
     * Modules jdeps cannot see (loaded by name or by service lookup at run time), and the ones it found
     * for the dependencies of 0.1.0, so a jdeps that misses one (it reads jars one way per run) cannot
     * trim a module the app was tested with.
     */
    static final List<String> EXTRA_MODULES = List.of(
            "jdk.localedata",   // Dutch dates and numbers (CLDR data beyond English)
            "jdk.charsets",     // Windows and Mac code pages for files a user opens
            "jdk.zipfs",        // zip file system (templates and .docx parts read as zips)
            "java.desktop", "java.logging", "java.prefs", "java.scripting", "java.security.jgss", "java.sql",
            "java.xml", "java.xml.crypto", "jdk.jfr", "jdk.unsupported", "jdk.unsupported.desktop");
    /** jlink's --compress level: 0 none, 1 shared strings, 2 zip (-Ddist.compress=N to compare). */
    static final String COMPRESS = System.getProperty("dist.compress", "2");
    /**
     * JVM options for the launcher (the pom's app.jvmOptions, space-separated; see there why): each becomes a
     * --java-options of the app image, so the CDS training start below already runs with them.
     */
    static final List<String> JAVA_OPTIONS = Arrays.stream(System.getProperty("dist.javaOptions", "").trim().split("\\s+"))
            .filter(o -> !o.isEmpty()).toList();
    static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    static final boolean WINDOWS = OS.contains("win");
    static final boolean MAC = OS.contains("mac");

    private final Path project;
    private final Path dist;
    private final String version;

    Packager(Path project, String pomVersion) {
        this.project = project;
        this.dist = project.resolve("target/dist");
        this.version = appVersion(pomVersion);
        this.pomVersion = pomVersion;
    }

    private final String pomVersion;

    public static void main(String[] args) throws Exception {
        Packager packager = new Packager(Path.of(args[0]).toAbsolutePath(), args[1]);
        List<Path> deps = Arrays.stream(args[3].split(java.io.File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).map(Path::of).toList();
        packager.build(Boolean.parseBoolean(args[2]), deps);
    }

    /** jpackage wants 1 to 3 numbers; Windows and macOS reject "0.1.0-SNAPSHOT". */
    static String appVersion(String pomVersion) {
        return pomVersion.replaceFirst("[-+].*$", "");
    }

    void build(boolean installer, List<Path> deps) throws IOException {
        long start = System.nanoTime();
        for (String dir : List.of("jmods", "input", "runtime", "image", "installer")) {
            deleteTree(dist.resolve(dir));
        }
        Path jmods = Files.createDirectories(dist.resolve("jmods"));
        Path input = Files.createDirectories(dist.resolve("input"));
        List<String> javafxModules = new ArrayList<>();
        List<String> javafxJars = new ArrayList<>();
        for (Path jar : deps) {
            String file = jar.getFileName().toString();
            if (file.startsWith("javafx-")) {
                if (isPlatformJar(file)) {
                    javafxModules.add(jmodFromJar(jar, jmods));
                    javafxJars.add(jar.toString());
                }
            } else {
                Files.copy(jar, input.resolve(file));
            }
        }
        Path appJar = project.resolve("target/labtafel-" + pomVersion + ".jar");
        Files.copy(appJar, input.resolve("labtafel.jar"));
        copyTree(project.resolve("templates"), input.resolve("templates"));
        copyTree(project.resolve("sessions"), input.resolve("sessions"));

        TreeSet<String> modules = new TreeSet<>(javafxModules);
        modules.addAll(jdkModules(input, javafxJars));
        modules.addAll(EXTRA_MODULES);
        System.out.println("[dist] modules: " + String.join(",", modules));
        Path runtime = dist.resolve("runtime");
        // Compressed (zip) since issue 18: the classes a start needs come from the CDS archive made below, not
        // from the module image, so compression no longer slows the start as it did without that archive
        // (--compress=1 was ~15 % slower then); see PackagedColdStart.
        run("jlink", "--module-path", jmods.toString(),
                "--add-modules", String.join(",", modules),
                "--include-locales", "en,nl",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=" + COMPRESS,
                "--output", runtime.toString());
        stripNativeSymbols(runtime);
        classDataSharing(runtime);

        Path images = dist.resolve("image");
        List<String> image = new ArrayList<>(common());
        image.addAll(List.of("--type", "app-image", "--dest", images.toString(),
                "--runtime-image", runtime.toString(),
                "--input", input.toString(), "--main-jar", "labtafel.jar", "--main-class", MAIN_CLASS,
                "--java-options", "-Dlabtafel.appDir=$APPDIR"));
        for (String option : JAVA_OPTIONS) {
            image.addAll(List.of("--java-options", option));
        }
        run("jpackage", image.toArray(String[]::new));
        Path appImage = images.resolve(MAC ? NAME + ".app" : NAME);
        startUpClassDataSharing(appImage);
        System.out.printf("[dist] app image %s: %.1f MB%n", appImage, sizeOf(appImage) / 1e6);

        if (installer) {
            List<String> pkg = new ArrayList<>(common());
            pkg.addAll(List.of("--dest", dist.resolve("installer").toString(),
                    "--app-image", appImage.toString()));
            pkg.addAll(installerOptions());
            run("jpackage", pkg.toArray(String[]::new));
            portable(appImage, dist.resolve("installer"));
            try (Stream<Path> made = Files.list(dist.resolve("installer"))) {
                made.forEach(p -> System.out.printf("[dist] installer %s: %.1f MB%n", p, sizeOf(p) / 1e6));
            }
        }
        System.out.printf("[dist] done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * The JDK's own class data sharing archive, which jlink (before Java 21) leaves out: with it the
     * JVM maps its ~1,300 start-up classes instead of loading them. It stays valid wherever the app
     * is installed; {@link #startUpClassDataSharing} replaces it with a larger one when it can. An
     * archive of the app's own jars (AppCDS, -XX:ArchiveClassesAtExit) was measured too and left out:
     * on Java 17 it records the absolute class path, so it no longer matches once the image is
     * installed elsewhere (/opt/labtafel, Program Files), and does nothing there but print a warning (tried
     * again for issue 18 with {@code -XX:SharedArchiveFile=$APPDIR/labtafel.jsa}: the launcher expands
     * $APPDIR, the JVM then reports "APP classpath mismatch"; see src/dist/README.md).
     */
    private static void classDataSharing(Path runtime) throws IOException {
        Path java = runtime.resolve(WINDOWS ? "bin/java.exe" : "bin/java");
        try {
            Process dump = new ProcessBuilder(java.toString(), "-Xshare:dump").redirectErrorStream(true).start();
            String out = new String(dump.getInputStream().readAllBytes());
            if (dump.waitFor() != 0) {
                throw new IllegalStateException("-Xshare:dump failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * Starts the app image once ({@code -Dlabtafel.smokeTest}: to a usable start screen, then it quits),
     * records which classes a start loads, and rebuilds the runtime's CDS archive from that list. The
     * archive then holds the JavaFX classes of the first window too (~1,700 more), and as they come
     * from the runtime image, not from a class path, it stays valid wherever the app is installed.
     * Needs a display: on Linux without one it uses xvfb-run; if that is missing too, the default
     * archive stays and the build says so.
     */
    private void startUpClassDataSharing(Path appImage) throws IOException {
        Path launcher = WINDOWS ? appImage.resolve(NAME + ".exe")
                : MAC ? appImage.resolve("Contents/MacOS/" + NAME) : appImage.resolve("bin/" + NAME);
        Path runtime = MAC ? appImage.resolve("Contents/runtime/Contents/Home") : appImage.resolve("lib/runtime");
        Path classlist = dist.resolve("start.classlist");
        Path home = Files.createTempDirectory("labtafel-training");
        List<String> command = new ArrayList<>();
        if (!WINDOWS && !MAC && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                System.out.println("[dist] no display and no xvfb-run: default CDS archive only");
                return;
            }
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        command.add(launcher.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dist.resolve("training.log").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dlabtafel.smokeTest=true -Duser.home=" + home
                + " -Djava.util.prefs.userRoot=" + home + " -XX:DumpLoadedClassList=" + classlist);
        try {
            Process training = pb.start();
            if (!training.waitFor(180, java.util.concurrent.TimeUnit.SECONDS) || training.exitValue() != 0
                    || !Files.isRegularFile(classlist)) {
                training.destroyForcibly();
                System.out.println("[dist] training start failed (see target/dist/training.log): default CDS archive only");
                return;
            }
            Path archive = runtime.resolve("lib/server/classes.jsa");
            Files.deleteIfExists(archive); // read-only, and Windows will not overwrite it
            // Dumped with the launcher's -XX options too: an archive made under other GC or heap flags than the
            // app runs with is refused (in part or whole) at start.
            List<String> dumpCommand = new ArrayList<>(List.of(
                    runtime.resolve(WINDOWS ? "bin/java.exe" : "bin/java").toString()));
            JAVA_OPTIONS.stream().filter(o -> o.startsWith("-XX:")).forEach(dumpCommand::add);
            dumpCommand.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classlist));
            Process dump = new ProcessBuilder(dumpCommand).redirectErrorStream(true)
                    .redirectOutput(dist.resolve("cds-dump.log").toFile()).start();
            if (dump.waitFor() != 0) {
                throw new IllegalStateException("CDS dump failed, see target/dist/cds-dump.log");
            }
            System.out.printf("[dist] CDS archive of the start-up classes: %.1f MB%n", Files.size(archive) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            deleteTree(home);
        }
    }

    /**
     * Linux: the JDK's native libraries keep their symbol tables (libjvm.so alone carries 4 MB of them);
     * {@code strip --strip-unneeded} drops what neither loading nor running needs (a crash log then
     * names fewer functions). Skipped where binutils' strip is missing, and on Windows and macOS, whose
     * JDK libraries come without them.
     */
    private static void stripNativeSymbols(Path runtime) throws IOException {
        if (WINDOWS || MAC || !onPath("strip")) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try (Stream<Path> all = Files.walk(runtime.resolve("lib"))) {
            all.filter(p -> p.getFileName().toString().endsWith(".so")).forEach(p -> command.add(p.toString()));
        }
        try {
            Process strip = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(strip.getInputStream().readAllBytes());
            if (strip.waitFor() != 0) {
                throw new IllegalStateException("strip failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private List<String> common() {
        Path res = project.resolve("src/dist");
        String icon = res.resolve(WINDOWS ? "icon/labtafel.ico" : MAC ? "icon/labtafel.icns" : "icon/labtafel.png")
                .toString();
        return List.of("--name", NAME, "--app-version", version, "--icon", icon,
                "--vendor", "Labtafel", "--copyright", "Labtafel contributors",
                "--description", "Run LAB sessions on a projected laptop and export minutes to Word");
    }

    /**
     * The app image as one archive, for laptops where installing is not allowed: unpack it anywhere the
     * user may write (Documents, a USB stick) and start {@code Labtafel.exe} (or {@code bin/Labtafel}).
     * A zip on Windows, a tar.gz elsewhere (it keeps the launcher's executable bit); both made by the
     * {@code tar} every supported system has (Windows 10 and later ship bsdtar, which writes zips).
     */
    private void portable(Path appImage, Path dest) throws IOException {
        String name = NAME + "-" + version + "-portable" + (WINDOWS ? ".zip" : ".tar.gz");
        Path archive = dest.resolve(name);
        String format = WINDOWS ? "-a" : "-z";
        Process tar = new ProcessBuilder("tar", "-c", format, "-f", archive.toString(),
                "-C", appImage.getParent().toString(), appImage.getFileName().toString()).inheritIO().start();
        try {
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("tar failed (exit " + tar.exitValue() + ") making " + archive);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * No file association: sessions are .json files, and an association for .json would take every JSON
     * file on a municipality laptop (Windows makes the app the handler, macOS registers it as owner),
     * while jpackage 17's Linux menu entry does not even pass the file on (no %f in Exec) and redefines
     * the shared application/json type. A dedicated extension is the way, once the app saves one.
     */
    private List<String> installerOptions() {
        if (WINDOWS) {
            return List.of("--type", "msi", "--win-menu", "--win-shortcut", "--win-dir-chooser",
                    "--win-per-user-install", "--win-menu-group", NAME,
                    // A fixed id lets a newer .msi replace an older one instead of installing beside it.
                    "--win-upgrade-uuid", "6f6c2f4e-2a39-4c39-9b7e-4c1a1ab7a7e1");
        }
        if (MAC) {
            return List.of("--type", "dmg", "--mac-package-identifier", "nl.labtafel",
                    "--mac-package-name", NAME);
        }
        return List.of("--type", "deb", "--linux-package-name", "labtafel", "--linux-shortcut",
                "--linux-menu-group", "Office", "--linux-app-category", "office",
                "--linux-deb-maintainer", "labtafel@example.org");
    }

    /**
     * The JDK modules every jar of the app may use, as jdeps reads them from the bytecode (all jars as
     * modules, so code reached only by reflection or services counts too); jlink adds what they require.
     */
    private List<String> jdkModules(Path input, List<String> javafxJars) throws IOException {
        List<String> path = new ArrayList<>(javafxJars);
        try (Stream<Path> jars = Files.list(input)) {
            jars.filter(p -> p.toString().endsWith(".jar")).forEach(p -> path.add(p.toString()));
        }
        String out = run("jdeps", "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps",
                "--module-path", String.join(java.io.File.pathSeparator, path), "--add-modules", "ALL-MODULE-PATH");
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        return Arrays.asList(last.split(","));
    }

    static boolean isPlatformJar(String file) {
        return file.matches("javafx-[a-z]+-[0-9.]+-(linux|win|mac)[a-z0-9-]*\\.jar");
    }

    /** Splits a JavaFX platform jar into classes and native libraries and packs them as a jmod. */
    private static String jmodFromJar(Path jar, Path jmods) throws IOException {
        Path work = Files.createTempDirectory("labtafel-jmod");
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path libs = Files.createDirectories(work.resolve("libs"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("META-INF/") || name.endsWith(".jar")) {
                    continue; // the SWT bridge jar and the manifest are not part of the module
                }
                boolean nativeLib = !name.contains("/")
                        && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"));
                Path target = (nativeLib ? libs : classes).resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        }
        String module = moduleName(jar.getFileName().toString());
        String moduleVersion = jar.getFileName().toString().replaceAll("javafx-[a-z]+-([0-9.]+)-.*", "$1");
        run("jmod", "create", "--class-path", classes.toString(), "--libs", libs.toString(),
                "--module-version", moduleVersion, jmods.resolve(module + ".jmod").toString());
        deleteTree(work);
        return module;
    }

    static String moduleName(String jarFile) {
        return "javafx." + jarFile.replaceAll("javafx-([a-z]+)-.*", "$1");
    }

    static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is missing from this JDK (" 
                        + System.getProperty("java.home") + "); use a full JDK 17"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        System.out.printf("[dist] %s: %.1f s%n", tool, (System.nanoTime() - start) / 1e9);
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (exit " + code + "): " + String.join(" ", args)
                    + "\n" + out + err);
        }
        return out.toString();
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().startsWith(".")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    static long sizeOf(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
