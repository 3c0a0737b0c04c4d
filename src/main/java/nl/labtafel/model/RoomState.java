package nl.labtafel.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Room input of a session: the secret of its URL (kept, so the same QR code works after a restart),
 * the inbox of items from phones, what became of each item (by its idempotency key) and the room's dot
 * ballots until the facilitator closes voting. Saved with the session, so an item is safe in the
 * autosave before the phone hears "received". No addresses or device identifiers: a ballot is keyed by
 * a random number the page made for this session.
 */
public final class RoomState {
    private String secret;
    private String code;
    /** The port last used, tried first again so the printed or projected address stays the same. */
    private int port;
    private boolean allowNames;
    private boolean autoAccept;
    private boolean votingClosed;
    /** The room's screen shows the dots only when voting closes (the facilitator's choice; live by default). */
    private boolean dotsHiddenUntilClosed;
    /** The facilitator's limits; 0 means the default (RoomLimits.defaults()). */
    private int maxChars;
    private int maxDevices;
    private int perMinute;
    private List<RoomItem> inbox = new ArrayList<>();
    private Map<String, RoomItemStatus> receipts = new LinkedHashMap<>();
    /** Ballot key -> the theme ids that ballot put its dots on (a theme once per dot). */
    private Map<String, List<String>> ballots = new LinkedHashMap<>();

    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public boolean isAllowNames() { return allowNames; }
    public void setAllowNames(boolean allowNames) { this.allowNames = allowNames; }
    public boolean isAutoAccept() { return autoAccept; }
    public void setAutoAccept(boolean autoAccept) { this.autoAccept = autoAccept; }
    public boolean isVotingClosed() { return votingClosed; }
    public void setVotingClosed(boolean votingClosed) { this.votingClosed = votingClosed; }
    public boolean isDotsHiddenUntilClosed() { return dotsHiddenUntilClosed; }
    public void setDotsHiddenUntilClosed(boolean hidden) { this.dotsHiddenUntilClosed = hidden; }
    public int getMaxChars() { return maxChars; }
    public void setMaxChars(int maxChars) { this.maxChars = maxChars; }
    public int getMaxDevices() { return maxDevices; }
    public void setMaxDevices(int maxDevices) { this.maxDevices = maxDevices; }
    public int getPerMinute() { return perMinute; }
    public void setPerMinute(int perMinute) { this.perMinute = perMinute; }
    public List<RoomItem> getInbox() { return inbox; }
    public void setInbox(List<RoomItem> inbox) { this.inbox = inbox; }
    public Map<String, RoomItemStatus> getReceipts() { return receipts; }
    public void setReceipts(Map<String, RoomItemStatus> receipts) { this.receipts = receipts; }
    public Map<String, List<String>> getBallots() { return ballots; }
    public void setBallots(Map<String, List<String>> ballots) { this.ballots = ballots; }

    public RoomState copy() {
        RoomState copy = new RoomState();
        copy.secret = secret;
        copy.code = code;
        copy.port = port;
        copy.allowNames = allowNames;
        copy.autoAccept = autoAccept;
        copy.votingClosed = votingClosed;
        copy.dotsHiddenUntilClosed = dotsHiddenUntilClosed;
        copy.maxChars = maxChars;
        copy.maxDevices = maxDevices;
        copy.perMinute = perMinute;
        inbox.forEach(i -> copy.inbox.add(i.copy()));
        copy.receipts = new LinkedHashMap<>(receipts);
        ballots.forEach((k, v) -> copy.ballots.put(k, new ArrayList<>(v)));
        return copy;
    }
}
