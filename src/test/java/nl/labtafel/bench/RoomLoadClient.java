package nl.labtafel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The phones of {@link RoomBench} in a process of their own (run niced, as real phones do not take the
 * laptop's CPU): 60 phones join over loopback, then each sends 10 post-its at once. Prints one line per
 * item, "key sendNanos answerNanos status", in System.nanoTime (CLOCK_MONOTONIC, the same clock in every
 * process on the machine), so the harness can match them with when the item showed in the inbox.
 */
public final class RoomLoadClient {

    private RoomLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String secret = args[1];
        int round = Integer.parseInt(args[2]);
        int phones = RoomBench.PHONES;
        int notes = RoomBench.NOTES;
        String api = "http://127.0.0.1:" + port + "/r/" + secret + "/api/";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> joins = new ArrayList<>();
        for (int p = 0; p < phones; p++) {
            joins.add(http.sendAsync(HttpRequest.newBuilder(URI.create(api + "state"))
                    .header("X-Labtafel-Device", device(round, p)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> join : joins) {
            if (join.get(30, TimeUnit.SECONDS).statusCode() != 200) {
                throw new IllegalStateException("join failed");
            }
        }
        System.out.println("joined");
        ExecutorService pool = Executors.newFixedThreadPool(phones);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> all = new ArrayList<>();
        for (int p = 0; p < phones; p++) {
            for (int n = 0; n < notes; n++) {
                String key = String.format("bench-%d-%03d-%02d", round, p, n);
                String body = "{\"key\":\"" + key + "\",\"kind\":\"NOTE\",\"group\":\"inwoners\",\"text\":\"Telefoon "
                        + p + " post-it " + n + "\"}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(api + "items"))
                        .header("X-Labtafel-Device", device(round, p)).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                all.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                        long t0 = System.nanoTime();
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        return key + " " + t0 + " " + System.nanoTime() + " " + answer.statusCode();
                    } catch (Exception e) {
                        return key + " 0 0 " + e;
                    }
                }, pool));
            }
        }
        go.countDown();
        for (CompletableFuture<String> line : all) {
            System.out.println(line.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
    }

    static String device(int round, int phone) {
        return String.format("bench-phone-%d-%03d", round, phone);
    }
}
