package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.http.RateLimitSettings;
import com.fks.copilot.gateway.http.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rate limits as a run's options set them (each also read from its COPILOT_RATE_… variable). */
class RateLimitOptionsTest {
    @TempDir
    Path dir;

    private RateLimitSettings parsed(String... args) {
        CopilotCommand.ServerOptions options = new CopilotCommand.ServerOptions();
        new CommandLine(options).parseArgs(args);
        AppSettings settings = new AppSettings(dir, "127.0.0.1", 0, RingThreading.blocking(), 1024, 30,
                new MarketSource.WallClockOnly());
        return options.apply(settings).edge().rateLimits();
    }

    @Test
    void withoutOptionsTheSeedsLimitsAreOn() {
        RateLimitSettings limits = parsed();
        assertTrue(limits.on());
        assertEquals(perMinute(60, 30, 20, 5, 600, 120), perMinute(limits));
        assertEquals(Set.of(), limits.trustedProxies());
    }

    @Test
    void eachLimitHasItsOwnOption() {
        RateLimitSettings limits = parsed("--rate-health", "61", "--rate-reads", "31", "--rate-mutations", "21",
                "--rate-heavy", "6", "--rate-dashboard", "601", "--rate-bridge", "121");
        assertEquals(perMinute(61, 31, 21, 6, 601, 121), perMinute(limits));
    }

    private static Map<RequestKind, Integer> perMinute(int health, int reads, int mutations, int heavy, int dashboard, int bridge) {
        return Map.of(RequestKind.HEALTH, health, RequestKind.API_READ, reads, RequestKind.MUTATION, mutations,
                RequestKind.HEAVY_ACTION, heavy, RequestKind.DASHBOARD, dashboard, RequestKind.BRIDGE_PUSH, bridge);
    }

    private static Map<RequestKind, Integer> perMinute(RateLimitSettings limits) {
        Map<RequestKind, Integer> perMinute = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) {
            perMinute.put(kind, limits.perMinute(kind));
        }
        return perMinute;
    }

    @Test
    void offSwitchesThemOff() {
        assertFalse(parsed("--rate-limits", "off").on());
        assertTrue(parsed("--rate-limits", "on").on());
    }

    @Test
    void trustedProxiesAreAddresses() throws Exception {
        assertEquals(Set.of(InetAddress.getByName("10.0.0.5"), InetAddress.getByName("::1")),
                parsed("--trusted-proxy", "10.0.0.5, ::1").trustedProxies());
    }

    @Test
    void aLimitBelowOneOrAnUnknownSwitchIsRefusedWithTheOptionsName() {
        CommandLine.ParameterException zero = assertThrows(CommandLine.ParameterException.class, () -> parsed("--rate-mutations", "0"));
        assertTrue(zero.getMessage().contains("at least 1 a minute"), zero.getMessage());
        CommandLine.ParameterException maybe = assertThrows(CommandLine.ParameterException.class, () -> parsed("--rate-limits", "maybe"));
        assertTrue(maybe.getMessage().contains("COPILOT_RATE_LIMITS"), maybe.getMessage());
    }
}
