package nl.labtafel.room;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The room's few addresses. Without the session's secret in the path only the "scan the code" page (with
 * a field for the room code) is served; static files come from a fixed list, so there is no path to
 * traverse and nothing to list. Answers never block a server thread on the session: they complete when
 * the desk's future does.
 */
final class RoomHandler extends Handler.Abstract {
    private static final System.Logger LOG = System.getLogger(RoomHandler.class.getName());
    private static final String JSON = "application/json; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final SessionDesk desk;
    private final DeviceLimiter limiter;
    private final PhoneFiles files;
    private final String secret;
    private final String code;

    RoomHandler(SessionDesk desk, PhoneFiles files, String secret, String code) {
        this.desk = desk;
        this.limiter = new DeviceLimiter(desk::limits);
        this.files = files;
        this.secret = secret;
        this.code = code;
    }

    /** The limits in force now (the facilitator may change them while the room is open). */
    private RoomLimits limits() {
        return desk.limits();
    }

    DeviceLimiter limiter() {
        return limiter;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        secure(response);
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (path.equals("/") || path.equals("/index.html")) {
            return page(response, callback, 200, files.scanPage(PhoneFiles.Notice.NONE));
        }
        if (path.equals("/scan.css")) {
            return staticFile(response, callback, files.file("scan.css"));
        }
        if (path.equals("/join")) {
            return join(request, response, callback);
        }
        if (!path.startsWith("/r/")) {
            return plain(response, callback, 404);
        }
        int slash = path.indexOf('/', 3);
        String given = slash < 0 ? path.substring(3) : path.substring(3, slash);
        String rest = slash < 0 ? "" : path.substring(slash + 1);
        if (!RoomKeys.same(secret, given)) {
            if (rest.startsWith("api/")) {
                return json(response, callback, Refusal.WRONG_SECRET.status(),
                        RoomApi.refusal(Refusal.WRONG_SECRET, limits(), 0));
            }
            return page(response, callback, 403, files.scanPage(PhoneFiles.Notice.OLD_LINK));
        }
        if (slash < 0) {
            Response.sendRedirect(request, response, callback, 303, "/r/" + secret + "/", false);
            return true;
        }
        if (rest.startsWith("api/")) {
            return api(request, response, callback, rest.substring(4), method);
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return plain(response, callback, 405);
        }
        return staticFile(response, callback, files.file(rest.isEmpty() ? "index.html" : rest));
    }

    private static boolean staticFile(Response response, Callback callback, PhoneFiles.StaticFile file) {
        if (file == null) {
            return plain(response, callback, 404);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
        response.setStatus(200);
        response.write(true, ByteBuffer.wrap(file.bytes()), callback);
        return true;
    }

    private boolean join(Request request, Response response, Callback callback) {
        String address = Request.getRemoteAddr(request);
        if (limiter.codeBlocked(address)) {
            return page(response, callback, 429, files.scanPage(PhoneFiles.Notice.TOO_MANY));
        }
        String typed = RoomKeys.normaliseCode(Request.extractQueryParameters(request).getValue("code"));
        if (RoomKeys.same(code, typed)) {
            Response.sendRedirect(request, response, callback, 303, "/r/" + secret + "/", false);
            return true;
        }
        limiter.wrongCode(address);
        return page(response, callback, 403, files.scanPage(PhoneFiles.Notice.WRONG_CODE));
    }

    private boolean api(Request request, Response response, Callback callback, String call, String method) {
        String address = Request.getRemoteAddr(request);
        String device = DeviceLimiter.device(request.getHeaders().get("X-Labtafel-Device"), address);
        if (call.equals("state")) {
            if (!"GET".equals(method)) {
                return refuse(response, callback, Refusal.METHOD, 0);
            }
            DeviceLimiter.Verdict admitted = limiter.admit(device, address);
            if (admitted.refusal() != null) {
                return refuse(response, callback, admitted.refusal(), admitted.retryAfterSeconds());
            }
            String ballot = Request.extractQueryParameters(request).getValue("ballot");
            reply(request, response, callback, desk.snapshot(RoomRules.validKey(ballot) ? ballot : null),
                    snapshot -> RoomApi.write(snapshot));
            return true;
        }
        if (!"POST".equals(method)) {
            return refuse(response, callback, Refusal.METHOD, 0);
        }
        long length = request.getLength();
        if (length > limits().maxBodyBytes()) {
            return refuse(response, callback, Refusal.TOO_LARGE, 0);
        }
        switch (call) {
            case "items", "ballot" -> {
                DeviceLimiter.Verdict verdict = limiter.spend(device, address);
                if (verdict.refusal() != null) {
                    return refuse(response, callback, verdict.refusal(), verdict.retryAfterSeconds());
                }
            }
            case "status" -> {
                DeviceLimiter.Verdict admitted = limiter.admit(device, address);
                if (admitted.refusal() != null) {
                    return refuse(response, callback, admitted.refusal(), admitted.retryAfterSeconds());
                }
            }
            default -> {
                return refuse(response, callback, Refusal.NOT_FOUND, 0);
            }
        }
        Content.Source.asByteBufferAsync(request, limits().maxBodyBytes()).whenComplete((buffer, error) -> {
            if (error != null) {
                // Over the size limit, or the phone went away mid-request; the phone (if still there) hears why.
                LOG.log(System.Logger.Level.DEBUG, "room request body not read", error);
                refuse(response, callback, Refusal.TOO_LARGE, 0);
                return;
            }
            byte[] body = new byte[buffer.remaining()];
            buffer.get(body);
            try {
                dispatch(request, response, callback, call, body);
            } catch (IOException e) {
                // Not our JSON: the phone is told 400; a page of ours never sends this.
                LOG.log(System.Logger.Level.DEBUG, "room request not understood: " + e.getMessage());
                refuse(response, callback, Refusal.BAD_REQUEST, 0);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "room request failed", e);
                refuse(response, callback, Refusal.BAD_REQUEST, 0);
            }
        });
        return true;
    }

    private void dispatch(Request request, Response response, Callback callback, String call, byte[] body) throws IOException {
        switch (call) {
            case "items" -> {
                RoomApi.ItemRequest item = RoomApi.read(body, RoomApi.ItemRequest.class);
                if (item == null || !RoomRules.validKey(item.key()) || item.kind() == null) {
                    refuse(response, callback, Refusal.BAD_REQUEST, 0);
                    return;
                }
                outcome(request, response, callback, desk.submit(item.toItem()), item.key());
            }
            case "ballot" -> {
                RoomApi.BallotRequest ballot = RoomApi.read(body, RoomApi.BallotRequest.class);
                if (ballot == null) {
                    refuse(response, callback, Refusal.BAD_REQUEST, 0);
                    return;
                }
                outcome(request, response, callback, desk.vote(ballot.ballot(), ballot.themes()), ballot.ballot());
            }
            default -> {
                RoomApi.StatusRequest status = RoomApi.read(body, RoomApi.StatusRequest.class);
                if (status == null || status.keys() == null || status.keys().size() > 200) {
                    refuse(response, callback, Refusal.BAD_REQUEST, 0);
                    return;
                }
                List<String> keys = status.keys().stream().filter(RoomRules::validKey).toList();
                reply(request, response, callback, desk.statuses(keys), found -> RoomApi.write(Map.of("statuses", found)));
            }
        }
    }

    /**
     * Answers come back on the thread that finished the work: the FX thread or the autosave's writer. The
     * answer is written from the server's own threads instead, so neither of those spends time on JSON and
     * sockets (with 60 phones at once that was a good part of their work).
     */
    private void outcome(Request request, Response response, Callback callback,
                         CompletableFuture<SessionDesk.Outcome> future, String key) {
        future.orTimeout(limits().persistTimeout().toMillis(), TimeUnit.MILLISECONDS).whenCompleteAsync((outcome, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "room item not saved in time; the phone will retry", error);
                refuse(response, callback, Refusal.NOT_SAVED, 2);
            } else if (outcome.refusal() != null) {
                refuse(response, callback, outcome.refusal(), 0);
            } else {
                json(response, callback, 200, RoomApi.received(key, outcome.status()));
            }
        }, request.getComponents().getExecutor());
    }

    private <T> void reply(Request request, Response response, Callback callback, CompletableFuture<T> future,
                           Function<T, byte[]> body) {
        future.orTimeout(limits().persistTimeout().toMillis(), TimeUnit.MILLISECONDS).whenCompleteAsync((value, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "room state not answered in time; the phone will ask again", error);
                refuse(response, callback, Refusal.NOT_SAVED, 2);
            } else {
                json(response, callback, 200, body.apply(value));
            }
        }, request.getComponents().getExecutor());
    }

    /**
     * A refusal often answers before the request's body was read (too fast, too large, room full). Jetty
     * then ends the connection once the answer is sent, so the answer says so: a phone (or HttpClient) that
     * kept the connection for its next request would otherwise send it into a closed socket and get no
     * answer at all.
     */
    private boolean refuse(Response response, Callback callback, Refusal refusal, long retryAfter) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        if (retryAfter > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfter));
        }
        return json(response, callback, refusal.status(), RoomApi.refusal(refusal, limits(), retryAfter));
    }

    private static boolean json(Response response, Callback callback, int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static boolean page(Response response, Callback callback, int status, String html) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, HTML);
        response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static boolean plain(Response response, Callback callback, int status) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap(Integer.toString(status).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static void secure(Response response) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Content-Security-Policy", CSP);
    }
}
