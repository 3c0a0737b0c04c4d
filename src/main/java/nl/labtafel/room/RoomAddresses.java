package nl.labtafel.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The laptop's addresses a phone on the same network could reach: IPv4, up, not loopback, not a
 * container or VPN bridge. Only read from the network interfaces; nothing is contacted.
 */
public final class RoomAddresses {

    /** One address with the interface it belongs to (the console shows both). */
    public record Candidate(String address, String interfaceName) {
    }

    private RoomAddresses() {
    }

    public static List<Candidate> list() {
        List<Candidate> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual() || ignored(nic.getName())) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        found.add(new Candidate(address.getHostAddress(), nic.getDisplayName()));
                    }
                }
            }
        } catch (SocketException e) {
            // The console then says the laptop is on no network (room.noNetwork); the log says why.
            System.getLogger(RoomAddresses.class.getName()).log(System.Logger.Level.WARNING,
                    "could not list the network interfaces", e);
            return List.of();
        }
        found.sort(Comparator.comparing((Candidate c) -> !c.address().startsWith("192.168."))
                .thenComparing(c -> !c.address().startsWith("10.")));
        return found;
    }

    private static boolean ignored(String name) {
        return name.startsWith("docker") || name.startsWith("br-") || name.startsWith("veth")
                || name.startsWith("virbr") || name.startsWith("vmnet") || name.startsWith("tun")
                || name.startsWith("tap") || name.startsWith("wg") || name.startsWith("zt");
    }

    /** The URL the QR code carries. */
    public static String roomUrl(String address, int port, String secret) {
        return "http://" + address + ":" + port + "/r/" + secret + "/";
    }

    /** The short URL to type by hand (then the room code). */
    public static String shortUrl(String address, int port) {
        return address + ":" + port;
    }
}
