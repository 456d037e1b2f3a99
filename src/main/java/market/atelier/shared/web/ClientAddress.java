package market.atelier.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import market.atelier.shared.AtelierConfig;

/**
 * Who is asking, for throttling: the connection's address, or, when the connection comes from a proxy named in
 * {@code ATELIER_TRUSTED_PROXY} (system property {@code atelier.trusted.proxy}; comma-separated addresses), the
 * last address that proxy put in {@code X-Forwarded-For}. A header from anyone else is ignored: clients could
 * write any address into it. IPv6 clients are counted per /64, the block one household or server usually has.
 */
public final class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static final List<String> TRUSTED = parse(AtelierConfig.trustedProxies());

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
    }

    /** The client for a connection from {@code remote} carrying this {@code X-Forwarded-For} (may be null). */
    static String of(String remote, String forwardedFor, List<String> trusted) {
        String peer = normalize(remote);
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return peer == null ? "unknown" : peer;
        }
        if (!trusted.contains(peer)) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warning("X-Forwarded-For from " + remote + " ignored: it is not ATELIER_TRUSTED_PROXY. Behind a"
                        + " proxy, set ATELIER_TRUSTED_PROXY, or every visitor is throttled as one client.");
            }
            return peer == null ? "unknown" : peer;
        }
        // Each proxy appends the address it saw; the last one not itself a trusted proxy is the client.
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = normalize(hops[i].trim());
            if (hop == null) {
                break;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static List<String> parse(String addresses) {
        return Arrays.stream(addresses.split(",")).map(String::trim).map(ClientAddress::normalize)
                .filter(a -> a != null).toList();
    }

    /** An address literal as one canonical string (IPv6: its /64), or null if it is not an address literal. */
    static String normalize(String address) {
        if (address == null) {
            return null;
        }
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        boolean v4 = IPV4.matcher(literal).matches();
        if (v4 && Arrays.stream(literal.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)
                || !v4 && !IPV6.matcher(literal).matches()) {
            return null; // never a host name: resolving one would ask DNS
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
