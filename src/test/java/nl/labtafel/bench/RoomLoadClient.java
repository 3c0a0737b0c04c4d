package nl.labtafel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The phones of {@link RoomBench}: 60 phones join over loopback (each on its own kept-alive connection),
 * then all send their 10 post-its at once, each phone one after another as the phone page does (it waits
 * for the answer before the next). Used in the harness's JVM, or in a process of its own (run niced, as
 * real phones do not take the laptop's CPU), where it prints one line per item, "key sendNanos answerNanos
 * status", in System.nanoTime (CLOCK_MONOTONIC, the same clock in every process on the machine), so the
 * harness can match them with when the item showed in the inbox.
 */
public final class RoomLoadClient {

    private RoomLoadClient() {
    }

    /** In a process of its own: says "joined", waits for a line on stdin, sends, prints one line per item. */
    public static void main(String[] args) throws Exception {
        BufferedReader go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> lines = run(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]), () -> {
            System.out.println("joined");
            System.out.flush();
            try {
                go.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (String line : lines) {
            System.out.println(line);
        }
    }

    /**
     * Sends one round and returns its lines once every phone has its answers; {@code beforeGo} runs when every
     * phone has joined, just before they all send.
     */
    static List<String> run(int port, String secret, int round, Runnable beforeGo) throws Exception {
        String api = "/r/" + secret + "/api/";
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch joined = new CountDownLatch(RoomBench.PHONES);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> phones = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int p = 0; p < RoomBench.PHONES; p++) {
            int phone = p;
            Thread t = new Thread(() -> {
                try (PhoneSocket socket = new PhoneSocket(port, device(round, phone))) {
                    if (socket.get(api + "state").status() != 200) {
                        throw new IllegalStateException("join failed");
                    }
                    joined.countDown();
                    go.await();
                    for (int n = 0; n < RoomBench.NOTES; n++) {
                        String key = String.format("bench-%d-%03d-%02d", round, phone, n);
                        String body = "{\"key\":\"" + key + "\",\"kind\":\"NOTE\",\"group\":\"inwoners\",\"text\":\"Telefoon "
                                + phone + " post-it " + n + "\"}";
                        long t0 = System.nanoTime();
                        PhoneSocket.Answer answer = socket.post(api + "items", body);
                        lines.add(key + " " + t0 + " " + System.nanoTime() + " " + answer.status());
                    }
                } catch (Exception e) {
                    failures.add(e);
                    joined.countDown();
                }
            }, "phone-" + p);
            t.setDaemon(true);
            phones.add(t);
            t.start();
        }
        if (!joined.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("phones did not join");
        }
        beforeGo.run();
        go.countDown();
        for (Thread t : phones) {
            t.join(120_000);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " phones failed", failures.get(0));
        }
        return lines;
    }

    static String device(int round, int phone) {
        return String.format("bench-phone-%d-%03d", round, phone);
    }
}
