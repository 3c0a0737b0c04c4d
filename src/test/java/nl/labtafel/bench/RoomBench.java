package nl.labtafel.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.labtafel.AppPaths;
import nl.labtafel.io.FileStamp;
import nl.labtafel.io.SessionFileGuard;
import nl.labtafel.io.SessionStore;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.Session;
import nl.labtafel.room.RoomLimits;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.inventory.InventoryWorkspace;
import nl.labtafel.ui.inventory.NotePlacer;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.look.Stylesheets;
import nl.labtafel.ui.room.RoomPanel;
import nl.labtafel.ui.room.RoomViewModel;
import nl.labtafel.ui.session.ConflictQuestion;
import nl.labtafel.ui.session.SessionFiles;

/**
 * Room input under load, in the real console: the inventory board with the room panel beside it at
 * 1280x720, the real autosave, the server on loopback. 60 phones join, then send 10 post-its each at once.
 * Measures, in the same run: send -> the item in the inbox's list (p50/p95), send -> the phone's answer,
 * the FX thread's frame intervals (an AnimationTimer) without load and during the load, alternating three
 * times, and the server's start time (first start in the JVM, then a restart). With --shot=DIR it saves
 * the console with a full inbox.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=sw -Dlabtafel.projectDir=. \
 *     -cp target/classes:target/test-classes:$(cat target/bench.cp) nl.labtafel.bench.RoomBench [--external] [--shot=DIR]
 * </pre>
 * With {@code --external} the phones run in a second JVM under {@code nice -n 19} (RoomLoadClient), as real
 * phones do not use the laptop's CPU; without it they share this JVM (worst case).
 * <pre>
 * </pre>
 */
public final class RoomBench {
    static final int PHONES = 60;
    static final int NOTES = 10;
    static final int ROUNDS = 3;
    /** Bursts sent before measuring, so the measured ones run compiled code. */
    static final int WARM_UP = 8;

    private RoomBench() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** A launcher that does not extend Application is needed for a classpath launch. */
    public static final class App extends Application {
        private final List<Double> frames = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean recording;
        private long lastFrame;
        private RoomViewModel model;
        private Scene scene;
        /** When each key first showed in the inbox list (System.nanoTime). */
        private final Map<String, Long> shownAt = new ConcurrentHashMap<>();
        private boolean external;
        private final List<Double> visible = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void start(Stage stage) throws Exception {
            Path dir = Files.createTempDirectory("room-bench");
            Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
            Session session = new TemplateStore().newSession(project.resolve("templates/lab-sessie.json"), "Zaalbank",
                    LocalDate.of(2026, 11, 30));
            session.setCurrentPhaseId("inventory");
            Path file = dir.resolve("bank.json");
            SessionStore store = new SessionStore();
            store.save(session, file);
            SessionContext context = new SessionContext(session, file, Messages.forLanguage("nl"), new BackgroundTasks(),
                    new AppPaths(dir));
            new SessionFiles(context, store, lines -> System.err.println("autosave: " + lines),
                    SessionFileGuard.unlocked(file, FileStamp.current(file)),
                    (f, differences, answer) -> answer.accept(ConflictQuestion.Choice.CANCEL),
                    theirs -> { });
            InventoryWorkspace board = new InventoryWorkspace(context);
            RoomLimits limits = RoomLimits.defaults().withDevicesPerAddress(PHONES * (ROUNDS + WARM_UP))
                    .withMaxDevices(PHONES * (ROUNDS + WARM_UP))
                    .withRate(NOTES, 20);
            model = new RoomViewModel(context, notes -> NotePlacer.place(session, notes), "127.0.0.1", limits);
            RoomPanel panel = new RoomPanel(model);
            BorderPane root = new BorderPane(board.view());
            root.setRight(panel.view());
            scene = new Scene(root, 1280, 720);
            Stylesheets.apply(scene, Look.LIGHT, 1.0);
            stage.setScene(scene);
            stage.show();
            model.inbox().addListener((ListChangeListener<RoomItem>) change -> {
                long now = System.nanoTime();
                while (change.next()) {
                    for (RoomItem item : change.getAddedSubList()) {
                        shownAt.putIfAbsent(item.getKey(), now);
                    }
                }
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (recording && lastFrame != 0) {
                        frames.add((now - lastFrame) / 1e6);
                    }
                    lastFrame = now;
                }
            }.start();
            model.start();
            external = getParameters().getRaw().contains("--external");
            String shot = getParameters().getRaw().stream().filter(a -> a.startsWith("--shot=")).map(a -> a.substring(7))
                    .findFirst().orElse(null);
            Thread run = new Thread(() -> {
                try {
                    run(session, shot);
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    Platform.exit();
                    System.exit(0);
                }
            }, "room-bench");
            run.setDaemon(true);
            run.start();
        }

        private <T> T fx(Callable<T> work) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(30, TimeUnit.SECONDS);
        }

        private void run(Session session, String shot) throws Exception {
            while (!fx(() -> model.runningProperty().get())) {
                Thread.sleep(50);
            }
            Duration firstStart = fx(model::serverStartTime);
            String secret = fx(() -> session.getRoom().getSecret());
            int port = fx(model::port);
            System.out.printf(Locale.ROOT, "Room bench: %s, prism.order=%s, 1280x720, %d phones x %d notes, %d rounds%n",
                    System.getProperty("java.version"), System.getProperty("prism.order"), PHONES, NOTES, ROUNDS);
            String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
            List<Double> idleFrames = new ArrayList<>();
            List<Double> loadFrames = new ArrayList<>();
            List<Double> answers = new ArrayList<>();
            Thread.sleep(1_000);
            // Eight bursts first, not measured: the JIT compiles the server's and the inbox's paths, as it will have
            // in a session where phones joined, polled and sent post-its before the rush.
            for (int warm = 0; warm < WARM_UP; warm++) {
                load(port, secret, ROUNDS + warm, () -> { });
                visible.clear();
                fx(() -> {
                    model.reject(List.copyOf(model.inbox()));
                    return null;
                });
            }
            for (int round = 0; round < ROUNDS; round++) {
                idleFrames.addAll(record(3_000));
                double[] cpu0 = new double[1];
                long[] t0 = new long[1];
                // Frames count from the moment every phone has joined and they all send, until the last answer.
                answers.addAll(load(port, secret, round, () -> {
                    cpuBefore = cpuByThread();
                    frames.clear();
                    lastFrame = 0;
                    cpu0[0] = fxCpuMillis();
                    t0[0] = System.nanoTime();
                    recording = true;
                }));
                recording = false;
                addCpu(cpuBefore, cpuByThread());
                loadCpu.add((fxCpuMillis() - cpu0[0]) / ((System.nanoTime() - t0[0]) / 1e9));
                loadSeconds.add((System.nanoTime() - t0[0]) / 1e9);
                loadFrames.addAll(new ArrayList<>(frames));
                frames.clear();
                if (round == ROUNDS - 1 && shot != null) {
                    Thread.sleep(300);
                    snapshot(Path.of(shot, "console-inbox-nl-1280x720.png"));
                }
                fx(() -> {
                    model.reject(List.copyOf(model.inbox()));
                    return null;
                });
            }
            fx(() -> {
                model.stop();
                return null;
            });
            while (fx(() -> model.runningProperty().get())) {
                Thread.sleep(20);
            }
            Thread.sleep(500);
            fx(() -> {
                model.start();
                return null;
            });
            while (!fx(() -> model.runningProperty().get())) {
                Thread.sleep(20);
            }
            Duration restart = fx(model::serverStartTime);
            List<Double> shown = new ArrayList<>(visible);
            Collections.sort(shown);
            Collections.sort(answers);
            Collections.sort(idleFrames);
            Collections.sort(loadFrames);
            System.out.printf(Locale.ROOT, "send -> visible in inbox: n=%d p50 %.1f ms p95 %.1f ms max %.1f ms%n", shown.size(),
                    p(shown, .5), p(shown, .95), shown.get(shown.size() - 1));
            System.out.printf(Locale.ROOT, "send -> phone told 'received' (after the recovery write): p50 %.1f ms p95 %.1f ms%n",
                    p(answers, .5), p(answers, .95));
            System.out.printf(Locale.ROOT, "FX frame interval without load: n=%d p50 %.1f ms p95 %.1f ms%n", idleFrames.size(),
                    p(idleFrames, .5), p(idleFrames, .95));
            System.out.printf(Locale.ROOT, "FX frame interval under load:   n=%d p50 %.1f ms p95 %.1f ms (p95 ratio %.2f)%n",
                    loadFrames.size(), p(loadFrames, .5), p(loadFrames, .95), p(loadFrames, .95) / p(idleFrames, .95));
            System.out.printf(Locale.ROOT, "FX thread CPU per second of wall time: without load %s ms, under load %s ms%n",
                    idleCpu.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(),
                    loadCpu.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
            System.out.printf(Locale.ROOT, "server start: first in this JVM %d ms, restart %d ms%n", firstStart.toMillis(),
                    restart.toMillis());
            System.out.printf(Locale.ROOT, "each burst of %d items took %s s%n", PHONES * NOTES,
                    loadSeconds.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
            double burstSeconds = loadSeconds.stream().mapToDouble(Double::doubleValue).sum();
            System.out.println("CPU ms per second of burst, this JVM: " + burstCpu.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.0f", e.getValue() / burstSeconds)).toList());
            double quiet = idleSeconds;
            System.out.println("CPU ms per second without load:     " + idleCpuByKind.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.0f", e.getValue() / quiet)).toList());
            long added = addedBytes();
            System.out.printf(Locale.ROOT, "added to the app: %.2f MB (Jetty, SLF4J and qrcodegen jars, the room's classes and"
                    + " phone page)%n", added / 1e6);
            String machine = Files.readString(Path.of("/proc/loadavg")).trim();
            System.out.println("machine load average before / after: " + loadBefore + " / " + machine);
            String phones = external ? ", phones in a niced JVM" : ", phones in the same JVM";
            TableLine.atMost("Room: send -> visible in the inbox p95" + phones, p(shown, .95), 200, "ms",
                    "p50 " + TableLine.ms(p(shown, .5)) + ", n=" + shown.size());
            TableLine.atMost("Room: console FX frame interval p95 under load / without" + phones,
                    p(loadFrames, .95) / p(idleFrames, .95), 1.2, "x", TableLine.ms(p(loadFrames, .95)) + " / "
                            + TableLine.ms(p(idleFrames, .95)) + ", load average " + loadBefore.split(" ")[0]);
            TableLine.report("Room: send -> phone told 'received' p95" + phones, TableLine.ms(p(answers, .95)));
            TableLine.report("Room: server start", firstStart.toMillis() + " ms first in the JVM, restart " + restart.toMillis() + " ms");
            TableLine.report("Room: added app size (Jetty, SLF4J, qrcodegen jars; room classes and phone page)",
                    String.format(Locale.ROOT, "%.2f MB", added / 1e6));
            fx(() -> {
                model.dispose();
                return null;
            });
            Thread.sleep(300);
        }

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final List<Double> idleCpu = new ArrayList<>();
        private final List<Double> loadCpu = new ArrayList<>();
        private final List<Double> loadSeconds = new ArrayList<>();

        private volatile Map<String, Double> cpuBefore;
        private final Map<String, Double> burstCpu = new java.util.TreeMap<>();

        /**
         * CPU ms so far by kind of thread (from /proc/self/task, so the JIT's and the collector's own threads count
         * too), plus the collector's pauses.
         */
        private static Map<String, Double> cpuByThread() {
            Map<String, Double> cpu = new java.util.TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        double ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0; // clock ticks of 10 ms
                        String kind = name.startsWith("JavaFX Applicat") || name.startsWith("GtkNativeMain") ? "FX"
                                : name.startsWith("labtafel-room") ? "server" : name.equals("labtafel-io") ? "autosave/io"
                                : name.startsWith("QuantumRendere") ? "renderer" : name.startsWith("C2 ") || name.startsWith("C1 ")
                                ? "JIT" : name.startsWith("G1 ") || name.startsWith("GC ") ? "GC threads" : "other";
                        cpu.merge(kind, ms, Double::sum);
                    } catch (java.io.IOException | RuntimeException gone) {
                        // a thread that ended between the listing and the read: nothing to count
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            cpu.put("(gc pauses)", ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToDouble(g -> Math.max(0, g.getCollectionTime())).sum());
            return cpu;
        }

        private void addCpu(Map<String, Double> before, Map<String, Double> after) {
            after.forEach((k, v) -> burstCpu.merge(k, v - before.getOrDefault(k, 0.0), Double::sum));
        }

        /**
         * What room input adds to the app image: the jars it brought (as jpackage copies them into the app folder)
         * plus its own classes and phone page, as built. The trimmed runtime's modules are not counted.
         */
        private static long addedBytes() throws java.io.IOException {
            long total = 0;
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                String name = Path.of(entry).getFileName().toString();
                if (name.endsWith(".jar") && (name.startsWith("jetty-") || name.startsWith("slf4j-")
                        || name.startsWith("qrcodegen-"))) {
                    total += Files.size(Path.of(entry));
                }
            }
            for (String own : List.of("target/classes/nl/labtafel/room", "target/classes/nl/labtafel/ui/room")) {
                Path dir = Path.of(own);
                if (Files.isDirectory(dir)) {
                    try (var files = Files.walk(dir)) {
                        total += files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                    }
                }
            }
            return total;
        }

        /** CPU time the FX thread used, in ms: what the console's own work costs, apart from waiting for a core. */
        private static double fxCpuMillis() {
            long id = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("JavaFX Application Thread"))
                    .findFirst().orElseThrow().getId();
            return THREADS.getThreadCpuTime(id) / 1e6;
        }

        private final Map<String, Double> idleCpuByKind = new java.util.TreeMap<>();
        private double idleSeconds;

        private List<Double> record(long millis) throws InterruptedException {
            Map<String, Double> before = cpuByThread();
            long start = System.nanoTime();
            try {
                return recordFrames(millis);
            } finally {
                cpuByThread().forEach((k, v) -> idleCpuByKind.merge(k, v - before.getOrDefault(k, 0.0), Double::sum));
                idleSeconds += (System.nanoTime() - start) / 1e9;
            }
        }

        private List<Double> recordFrames(long millis) throws InterruptedException {
            frames.clear();
            double cpu0 = fxCpuMillis();
            long t0 = System.nanoTime();
            recording = true;
            Thread.sleep(millis);
            recording = false;
            idleCpu.add((fxCpuMillis() - cpu0) / ((System.nanoTime() - t0) / 1e9));
            List<Double> copy = new ArrayList<>(frames);
            frames.clear();
            return copy;
        }

        /**
         * One round: the phones (in this JVM, or niced in their own with --external) send, then every answer is
         * matched with when its item showed in the inbox.
         */
        private List<Double> load(int port, String secret, int round, Runnable atGo) throws Exception {
            List<String> lines;
            if (external) {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                Process client = new ProcessBuilder("nice", "-n", "19", java, "-XX:TieredStopAtLevel=1", "-cp",
                        System.getProperty("java.class.path"), RoomLoadClient.class.getName(), Integer.toString(port),
                        secret, Integer.toString(round)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8));
                String joined = out.readLine();
                if (!"joined".equals(joined)) {
                    throw new IllegalStateException("load client: " + joined);
                }
                atGo.run();
                client.getOutputStream().write('\n');
                client.getOutputStream().flush();
                lines = out.lines().toList();
                if (client.waitFor() != 0) {
                    throw new IllegalStateException("load client failed: " + lines);
                }
            } else {
                lines = RoomLoadClient.run(port, secret, round, atGo);
            }
            // An answer can come before the list shows its item (the list refreshes in the next pulse): wait for it.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (lines.stream().anyMatch(l -> !shownAt.containsKey(l.split(" ")[0])) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            List<Double> answers = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(" ");
                if (!f[3].equals("200")) {
                    throw new IllegalStateException(line);
                }
                long t0 = Long.parseLong(f[1]);
                answers.add((Long.parseLong(f[2]) - t0) / 1e6);
                Long shown = shownAt.get(f[0]);
                if (shown == null) {
                    throw new IllegalStateException("answered but never shown: " + f[0]);
                }
                visible.add((shown - t0) / 1e6);
            }
            int inInbox = fx(() -> model.inbox().size());
            if (inInbox != PHONES * NOTES || lines.size() != PHONES * NOTES) {
                throw new IllegalStateException("inbox has " + inInbox + ", answers " + lines.size());
            }
            return answers;
        }

        private void snapshot(Path png) throws Exception {
            Files.createDirectories(png.getParent());
            var image = fx(() -> scene.snapshot(null));
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            ImageIO.write(out, "png", png.toFile());
            System.out.println("screenshot: " + png);
        }

        private static double p(List<Double> sorted, double q) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
        }
    }
}
