package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.http.RateLimitSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The per-client rate limits at the HTTP edge, each "so many a minute" (README: Security). */
final class RateLimitOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--rate-limits", defaultValue = "${env:COPILOT_RATE_LIMITS:-on}",
            description = "on or off: count each client's requests against the limits below (default: $COPILOT_RATE_LIMITS or ${DEFAULT-VALUE}).")
    String limits;

    @Option(names = "--rate-health", defaultValue = "${env:COPILOT_RATE_HEALTH:-" + RateLimitSettings.HEALTH + "}",
            description = "GET /health a minute per client (default: $COPILOT_RATE_HEALTH or ${DEFAULT-VALUE}).")
    int health;

    @Option(names = "--rate-dashboard", defaultValue = "${env:COPILOT_RATE_DASHBOARD:-" + RateLimitSettings.DASHBOARD + "}",
            description = "Dashboard page, files, panels, charts and stream a minute per client (default: $COPILOT_RATE_DASHBOARD or ${DEFAULT-VALUE}).")
    int dashboard;

    @Option(names = "--rate-reads", defaultValue = "${env:COPILOT_RATE_READS:-" + RateLimitSettings.READS + "}",
            description = "Other GETs (the JSON API) a minute per client (default: $COPILOT_RATE_READS or ${DEFAULT-VALUE}).")
    int reads;

    @Option(names = "--rate-mutations", defaultValue = "${env:COPILOT_RATE_MUTATIONS:-" + RateLimitSettings.MUTATIONS + "}",
            description = "POST/PUT/PATCH/DELETE a minute per client (default: $COPILOT_RATE_MUTATIONS or ${DEFAULT-VALUE}).")
    int mutations;

    @Option(names = "--rate-bridge", defaultValue = "${env:COPILOT_RATE_BRIDGE:-" + RateLimitSettings.BRIDGE + "}",
            description = "NinjaTrader POST /positions/update a minute per client (default: $COPILOT_RATE_BRIDGE or ${DEFAULT-VALUE}).")
    int bridge;

    @Option(names = "--rate-heavy", defaultValue = "${env:COPILOT_RATE_HEAVY:-" + RateLimitSettings.HEAVY + "}",
            description = "Backfill, analyze, backtest and refresh actions a minute per client (default: $COPILOT_RATE_HEAVY or ${DEFAULT-VALUE}).")
    int heavy;

    @Option(names = "--trusted-proxy", defaultValue = "${env:COPILOT_TRUSTED_PROXY}",
            description = "Addresses (comma-separated) of a reverse proxy in front of this server: their requests are counted "
                    + "by the last X-Forwarded-For address instead (default: $COPILOT_TRUSTED_PROXY; none = X-Forwarded-For is ignored).")
    String trustedProxies;

    RateLimitSettings settings() {
        try {
            return new RateLimitSettings(on(), health, dashboard, reads, mutations, bridge, heavy, proxies());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command.commandLine(), "rate limits: " + e.getMessage());
        }
    }

    private boolean on() {
        return switch (limits.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true", "1" -> true;
            case "off", "false", "0" -> false;
            default -> throw new CommandLine.ParameterException(command.commandLine(),
                    "--rate-limits (COPILOT_RATE_LIMITS) must be on or off: " + limits);
        };
    }

    private Set<InetAddress> proxies() {
        Set<InetAddress> proxies = new HashSet<>();
        if (trustedProxies == null) {
            return proxies;
        }
        for (String address : trustedProxies.split(",")) {
            if (address.isBlank()) {
                continue;
            }
            try {
                proxies.add(InetAddress.getByName(address.strip()));
            } catch (UnknownHostException e) {
                throw new CommandLine.ParameterException(command.commandLine(),
                        "--trusted-proxy (COPILOT_TRUSTED_PROXY): no such address: " + address.strip());
            }
        }
        return proxies;
    }
}
