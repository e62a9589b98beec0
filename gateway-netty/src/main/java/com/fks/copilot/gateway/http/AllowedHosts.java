package com.fks.copilot.gateway.http;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names this server answers to in a request's {@code Host} (and a browser's {@code Origin}):
 * the loopback names and the address it is bound to; bound to every interface, each interface's
 * address and the machine's name. Anything else is a name some other site's DNS pointed here
 * (DNS rebinding), and is refused.
 */
public final class AllowedHosts {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");
    private final Set<String> names;

    private AllowedHosts(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** For a server bound to {@code bind} (an address or a name; 0.0.0.0 or :: = every interface). */
    public static AllowedHosts forBind(String bind) {
        return forBind(bind, Set.of());
    }

    /**
     * As above, and the names in {@code more} too: the names the trader reaches this machine by that
     * the server cannot know (a LAN DNS name, a hosts-file alias), set with {@code --allowed-host}.
     */
    public static AllowedHosts forBind(String bind, java.util.Collection<String> more) {
        Set<String> names = new HashSet<>(LOOPBACK);
        more.stream().filter(name -> !name.isBlank()).forEach(name -> names.add(hostOf(name)));
        names.add(normalised(bind));
        if (isWildcard(bind)) {
            names.addAll(interfaceAddresses());
        }
        return new AllowedHosts(names);
    }

    /** True when the host part of {@code hostHeader} ("name", "name:port", "[v6]:port") is one of ours. */
    public boolean allows(String hostHeader) {
        return hostHeader != null && names.contains(hostOf(hostHeader));
    }

    /** The host part of a Host header, lower-cased, without port or IPv6 brackets. */
    static String hostOf(String hostHeader) {
        String value = hostHeader.trim();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? "" : normalised(value.substring(1, end));
        }
        int colon = value.indexOf(':');
        return normalised(colon < 0 ? value : value.substring(0, colon));
    }

    private static String normalised(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }

    private static boolean isWildcard(String bind) {
        return bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]");
    }

    private static Set<String> interfaceAddresses() {
        Set<String> names = new HashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    names.add(normalised(zone < 0 ? text : text.substring(0, zone)));
                }
            }
            names.add(normalised(InetAddress.getLocalHost().getHostName()));
        } catch (SocketException | java.net.UnknownHostException e) {
            // only the loopback names and the bind address, then
        }
        return names;
    }
}
