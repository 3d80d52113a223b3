package dev.ormcompare.site.preview;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code Host} headers the preview answers to: its loopback names ({@code 127.0.0.1},
 * {@code localhost}, {@code [::1]}) with the port it serves. A web page whose own name an attacker
 * points at 127.0.0.1 (DNS rebinding) sends that name, never one of these, so it cannot read the
 * site or its problems. Listening on another address adds that address; listening on every
 * interface adds every IP address, as other machines name it: an address, unlike a name, cannot be
 * rebound.
 */
final class OwnHosts {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]*:[0-9a-f:.]*]");

    /** The address listened on when it is neither loopback nor every interface's; else null. */
    private final InetAddress bound;
    private final boolean everyAddress;
    private final int port;

    /** @param address the address listened on; @param port the port served */
    OwnHosts(InetAddress address, int port) {
        this.everyAddress = address.isAnyLocalAddress();
        this.bound = address.isLoopbackAddress() || everyAddress ? null : address;
        this.port = port;
    }

    /** @param host a request's {@code Host} header, e.g. {@code 127.0.0.1:8000}; null when it had none */
    boolean accepts(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        boolean hasPort = colon >= 0 && colon > lower.lastIndexOf(']');
        String name = hasPort ? lower.substring(0, colon) : lower;
        String portText = hasPort ? lower.substring(colon + 1) : "80";
        if (!portText.equals(Integer.toString(port))) {
            return false;
        }
        if (LOOPBACK_NAMES.contains(name)) {
            return true;
        }
        InetAddress named = address(name);
        return named != null && (everyAddress || named.equals(bound));
    }

    /** The IP address a host name spells, looked up nowhere; null for a name that is not an address. */
    private static InetAddress address(String name) {
        boolean v6 = IPV6.matcher(name).matches();
        if (!v6 && !IPV4.matcher(name).matches()) {
            return null;
        }
        try {
            // a literal address: parsed, never looked up
            return InetAddress.getByName(v6 ? name.substring(1, name.length() - 1) : name);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** How the served names read in a message, e.g. {@code 127.0.0.1:8000, localhost:8000 or [::1]:8000}. */
    String describe() {
        String suffix = ":" + port;
        return "127.0.0.1" + suffix + ", localhost" + suffix + (bound != null ? ", " + literal(bound) + suffix : "")
                + (everyAddress ? ", this machine's IP addresses" : "") + " or [::1]" + suffix;
    }

    /** The address as a {@code Host} header names it: IPv6 in brackets. */
    private static String literal(InetAddress address) {
        String text = address.getHostAddress().toLowerCase(Locale.ROOT);
        int zone = text.indexOf('%');
        text = zone < 0 ? text : text.substring(0, zone);
        return text.contains(":") ? "[" + text + "]" : text;
    }
}
