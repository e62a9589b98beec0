package com.fks.copilot.gateway.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.gateway.verify.Check.Failed;
import com.fks.copilot.gateway.verify.Check.Result;
import com.fks.copilot.gateway.verify.Check.Severity;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks made over HTTP against the running co-pilot, each reading what the server really answers. */
public final class ServerChecks {
    /** Figures of {@code /risk/status} that only a trade, a fill or a position update may change — never a pre-flight check. */
    private static final List<String> STANDING = List.of("open_positions", "trades_today", "daily_pnl",
            "consecutive_losses", "open_risk");
    private static final Pattern HTMX_SCRIPT = Pattern.compile("<script src=\"(/webjars/htmx\\.org/[^\"]+/htmx(?:\\.min)?\\.js)\"");
    private static final Pattern OPEN_POSITIONS = Pattern.compile("id=\"positions-panel\"[^>]*data-open=\"(\\d+)\"");
    private static final String JSON = "application/json";
    private static final Duration POLL = Duration.ofMillis(500);
    /** A drain further behind than this is reported (a warning: the engine does not wait for Postgres). */
    private static final double MAX_LAG_SECONDS = 60;

    private final ServerClient client;
    private final Duration journalWait;
    private final Duration sseWait;

    /**
     * @param journalWait how long the journal index may stand still before the engine counts as stalled
     * @param sseWait     how long the dashboard stream may take to send its first event (a heartbeat comes every 30 s)
     */
    public ServerChecks(ServerClient client, Duration journalWait, Duration sseWait) {
        this.client = client;
        this.journalWait = journalWait;
        this.sseWait = sseWait;
    }

    /** Every HTTP check, in the order a trader would look: alive, moving, visible, safe, reporting. */
    public List<Probe> probes() {
        return List.of(Probe.of("health", Severity.CRITICAL, this::health),
                Probe.slow("engine applying", Severity.CRITICAL, this::engineApplying),
                Probe.of("maps readable", Severity.CRITICAL, this::focus),
                Probe.of("dashboard page", Severity.CRITICAL, this::dashboard),
                Probe.of("dashboard stream", Severity.CRITICAL, this::streamHeaders),
                Probe.slow("stream first event", Severity.CRITICAL, this::streamFirstEvent),
                Probe.of("risk status", Severity.CRITICAL, this::riskStatus),
                Probe.of("risk check", Severity.CRITICAL, this::riskCheck),
                Probe.of("positions", Severity.WARNING, this::positions),
                Probe.of("no-trade verdict", Severity.WARNING, this::noTrade),
                Probe.of("backfill status", Severity.WARNING, this::backfill),
                Probe.of("feed status", Severity.WARNING, this::feed),
                Probe.of("metrics", Severity.WARNING, this::metrics));
    }

    /** The drain's lag as the server reports it; with {@code databaseGiven} a server that drains nowhere is reported. */
    public Probe drainLagProbe(boolean databaseGiven) {
        return Probe.of("history drain lag", Severity.WARNING, () -> drainLag(databaseGiven));
    }

    /** Where the co-pilot's summaries come from, as the server says: Grok with a key, else its own. */
    public Probe grokProbe() {
        return Probe.of("grok", Severity.INFO, this::grok);
    }

    /** {@code path}'s answer when it is 200; anything else fails the check with the status and body. */
    private ServerClient.Answer ok(String path, String accept) throws IOException, InterruptedException, Failed {
        ServerClient.Answer answer = client.get(path, accept);
        if (!answer.ok()) {
            throw new Failed(answer.describe());
        }
        return answer;
    }

    /** {@code path}'s JSON when it is 200 and has each of {@code required}. */
    private JsonNode json(String path, String... required) throws IOException, InterruptedException, Failed {
        ServerClient.Answer answer = ok(path, JSON);
        JsonNode json = answer.json();
        for (String field : required) {
            if (json.path(field).isMissingNode()) {
                throw new Failed("no " + field + " in " + answer.describe());
            }
        }
        return json;
    }

    Result health() throws IOException, InterruptedException, Failed {
        JsonNode health = json("/health", "status");
        String status = health.path("status").asText();
        return Result.of("UP".equals(status), String.format(Locale.ROOT, "%s, %s at %s, %,d events processed, up %d s, feed %s",
                status, health.path("session_mode").asText("?"), health.path("market_time").asText("?"),
                health.path("events_processed").asLong(), health.path("uptime_seconds").asLong(), health.path("feed").asText("?")));
    }

    /** The engine applies events: the journal index on /health moves (a live run's clock alone journals one a second). */
    Result engineApplying() throws IOException, InterruptedException, Failed {
        JsonNode first = json("/health", "journal_index");
        long start = System.nanoTime();
        while (System.nanoTime() - start < journalWait.toNanos()) {
            Thread.sleep(POLL.toMillis());
            JsonNode now = json("/health", "journal_index");
            if (now.path("journal_index").asLong() != first.path("journal_index").asLong()) {
                return Result.pass(String.format(Locale.ROOT, "journal index moved: %,d events applied in %.1f s",
                        now.path("events_processed").asLong() - first.path("events_processed").asLong(),
                        (System.nanoTime() - start) / 1e9));
            }
        }
        return Result.fail(String.format(Locale.ROOT, "journal index stood at %d for %d s (%s, feed %s): no event reaches the engine",
                first.path("journal_index").asLong(), journalWait.toSeconds(), first.path("session_mode").asText("?"),
                first.path("feed").asText("?")));
    }

    /** The state maps are readable: /api/focus has a card for each of the six contracts. */
    Result focus() throws IOException, InterruptedException, Failed {
        Set<String> seen = new LinkedHashSet<>();
        List<String> priced = new ArrayList<>();
        for (JsonNode card : json("/api/focus")) {
            String symbol = card.path("symbol").asText();
            seen.add(symbol);
            if (isNumber(card.path("price").asText())) {
                priced.add(symbol);
            }
        }
        List<String> missing = Instruments.all().stream().map(Instrument::symbol).filter(s -> !seen.contains(s)).toList();
        if (!missing.isEmpty()) {
            return Result.fail("no card for " + String.join(", ", missing) + " (cards: " + String.join(", ", seen) + ")");
        }
        return Result.pass(seen.size() + " contracts, " + priced.size() + " with a price"
                + (priced.isEmpty() ? " (no trade yet)" : ": " + String.join(", ", priced)));
    }

    /** The dashboard's HTML has its title, htmx from the bundled webjars (served here: no CDN) and the stream's connect attribute. */
    Result dashboard() throws IOException, InterruptedException, Failed {
        String html = ok("/", null).body();
        List<String> missing = new ArrayList<>();
        if (!Pattern.compile("<title>[^<]*FKS Co-Pilot[^<]*</title>").matcher(html).find()) {
            missing.add("title");
        }
        if (!html.contains("sse-connect=\"/sse/dashboard\"")) {
            missing.add("sse-connect=\"/sse/dashboard\"");
        }
        if (!html.contains("/webjars/htmx-ext-sse/")) {
            missing.add("htmx SSE extension script");
        }
        Matcher htmx = HTMX_SCRIPT.matcher(html);
        if (!htmx.find()) {
            missing.add("htmx script from /webjars");
        } else {
            ServerClient.Answer script = client.get(htmx.group(1), null);
            if (!script.ok()) {
                missing.add(htmx.group(1) + " (" + script.describe() + ")");
            }
        }
        return missing.isEmpty() ? Result.pass(String.format(Locale.ROOT, "%,d bytes with title, htmx (served), sse-connect", html.length()))
                : Result.fail("missing: " + String.join(", ", missing));
    }

    Result streamHeaders() throws IOException, InterruptedException {
        ServerClient.FirstEvent stream = client.firstEvent("/sse/dashboard", Duration.ZERO);
        return Result.of(stream.status() == 200 && stream.contentType().startsWith("text/event-stream"),
                "HTTP " + stream.status() + ", Content-Type " + (stream.contentType().isEmpty() ? "none" : stream.contentType()));
    }

    Result streamFirstEvent() throws IOException, InterruptedException {
        long start = System.nanoTime();
        ServerClient.FirstEvent stream = client.firstEvent("/sse/dashboard", sseWait);
        if (stream.status() != 200) {
            return Result.fail("HTTP " + stream.status());
        }
        return stream.event().map(name -> Result.pass(String.format(Locale.ROOT, "'%s' after %.1f s", name, (System.nanoTime() - start) / 1e9)))
                .orElseGet(() -> Result.fail("no event within " + sseWait.toSeconds() + " s"));
    }

    Result riskStatus() throws IOException, InterruptedException, Failed {
        JsonNode risk = json("/risk/status", "can_trade", "limits");
        return Result.pass(String.format(Locale.ROOT, "%s; daily P&L $%.2f of -$%.2f, %d open positions, %d trades today",
                risk.path("can_trade").asBoolean() ? "may trade" : "blocked: " + risk.path("block_reason").asText(),
                risk.path("daily_pnl").asDouble(), risk.path("limits").path("max_daily_loss").asDouble(),
                risk.path("open_positions").asInt(), risk.path("trades_today").asInt()));
    }

    /**
     * A pre-flight {@code POST /risk/check} round trip, as NinjaTrader or a script sends it. The check is
     * journaled (a RISK_CHECK input and its RISK_CHECKED verdict, so it shows in the audit trail), but the
     * engine's answer to it (RiskDesk.onCheck) only evaluates the entry: it opens no trade and moves no
     * position, P&amp;L or loss streak. This makes sure of that: the standing on /risk/status before and
     * after agrees on every figure a check could change.
     */
    Result riskCheck() throws IOException, InterruptedException, Failed {
        JsonNode before = json("/risk/status", STANDING.toArray(String[]::new));
        Entry entry = realisticEntry();
        ServerClient.Answer answer = client.postJson("/risk/check", entry.json());
        if (!answer.ok()) {
            String hint = answer.status() == 401 ? " (give the server's key: --api-key or COPILOT_API_KEY)" : "";
            return Result.fail(answer.describe() + hint);
        }
        JsonNode verdict = answer.json();
        if (!verdict.path("allowed").isBoolean() || !verdict.has("risk_dollars")) {
            return Result.fail("no allowed or risk_dollars in " + answer.describe());
        }
        JsonNode after = json("/risk/status", STANDING.toArray(String[]::new));
        List<String> changed = new ArrayList<>();
        for (String field : STANDING) {
            if (!before.path(field).equals(after.path(field))) {
                changed.add(field + " " + before.path(field) + " -> " + after.path(field));
            }
        }
        String what = String.format(Locale.ROOT, "%s: %s, risk $%.2f of $%.2f", entry,
                verdict.path("allowed").asBoolean() ? "allowed" : "blocked (" + verdict.path("reason").asText() + ")",
                verdict.path("risk_dollars").asDouble(), verdict.path("max_risk_dollars").asDouble());
        return changed.isEmpty() ? Result.pass(what + "; standing unchanged")
                : Result.fail(what + "; but the standing changed: " + String.join(", ", changed));
    }

    /** A one-contract LONG at the first priced contract's last price (on its tick grid), stop four ticks below. */
    private Entry realisticEntry() throws IOException, InterruptedException, Failed {
        for (JsonNode card : json("/api/focus")) {
            String price = card.path("price").asText();
            var instrument = Instruments.bySymbol(card.path("symbol").asText());
            if (isNumber(price) && instrument.isPresent()) {
                return Entry.of(instrument.get(), new BigDecimal(price));
            }
        }
        return Entry.of(Instruments.byIndex(Instruments.MES), new BigDecimal("5000.00"));
    }

    /** The pre-flight request verify sends. */
    private record Entry(String symbol, BigDecimal price, BigDecimal stop) {
        static Entry of(Instrument instrument, BigDecimal price) {
            return new Entry(instrument.symbol(), price,
                    price.subtract(BigDecimal.valueOf(instrument.tickSize()).multiply(BigDecimal.valueOf(4))));
        }

        String json() {
            return String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"side\":\"LONG\",\"size\":1,\"entry\":%s,\"stop\":%s}",
                    symbol, price.toPlainString(), stop.toPlainString());
        }

        @Override
        public String toString() {
            return symbol + " LONG 1 @ " + price.toPlainString() + " stop " + stop.toPlainString();
        }
    }

    Result positions() throws IOException, InterruptedException, Failed {
        Matcher open = OPEN_POSITIONS.matcher(ok("/api/positions/html", null).body());
        return open.find() ? Result.pass("panel served, " + open.group(1) + " open positions")
                : Result.fail("no positions panel in the answer");
    }

    Result noTrade() throws IOException, InterruptedException, Failed {
        JsonNode verdict = json("/api/no-trade", "should_skip", "checks");
        return Result.pass(verdict.path("should_skip").asBoolean()
                ? "NO TRADE (" + verdict.path("severity").asText() + "): " + verdict.path("primary_reason").asText()
                : "clear to trade (" + verdict.path("checks").size() + " checks)");
    }

    /** 200 with the backfill's state, or the documented 503 "backfill database not configured". */
    Result backfill() throws IOException, InterruptedException {
        ServerClient.Answer answer = client.get("/backfill/status", JSON);
        if (answer.status() == 503 && answer.body().contains("not configured")) {
            return Result.pass("not configured (no database on the server)");
        }
        return Result.of(answer.ok(), answer.describe());
    }

    /** A live run's Massive feed is connected and authenticated; a demo or replay has none (404), which is no failure. */
    Result feed() throws IOException, InterruptedException, Failed {
        ServerClient.Answer answer = client.get("/feed/status", JSON);
        if (answer.status() == 404 && answer.body().contains("no live feed")) {
            return Result.skip(answer.json().path("error").asText());
        }
        JsonNode feed = json("/feed/status", "connected", "authenticated");
        boolean up = feed.path("connected").asBoolean() && feed.path("authenticated").asBoolean();
        return Result.of(up, String.format(Locale.ROOT, "%s (%s plan), %,d trades, %d reconnects%s", feed.path("state").asText(),
                feed.path("plan").asText(), feed.path("trades").asLong(), feed.path("reconnects").asLong(),
                feed.path("last_error").isTextual() ? ", last error: " + feed.path("last_error").asText() : ""));
    }

    Result metrics() throws IOException, InterruptedException, Failed {
        String text = ok("/metrics", null).body();
        boolean ring = text.contains("ring_events_total");
        return Result.of(ring, text.lines().count() + " lines" + (ring ? ", ring_events_total present" : ", no ring_events_total"));
    }

    /** The Postgres drain as /health reports it: connected, and no journal more than a minute behind. */
    Result drainLag(boolean databaseGiven) throws IOException, InterruptedException, Failed {
        JsonNode history = json("/health", "history").path("history");
        if (!history.path("enabled").asBoolean()) {
            return databaseGiven ? Result.fail("the server drains into no database (start it with --db-url or COPILOT_DB_URL)")
                    : Result.skip("no history database on the server or here");
        }
        List<String> drains = new ArrayList<>();
        boolean ok = true;
        for (JsonNode drain : history.path("drains")) {
            boolean connected = drain.path("connected").asBoolean();
            double seconds = drain.path("lag_seconds").asDouble();
            ok &= connected && seconds <= MAX_LAG_SECONDS;
            drains.add(String.format(Locale.ROOT, "%s %,d events/%.1f s behind%s", drain.path("journal").asText(),
                    drain.path("lag_events").asLong(), seconds, connected ? "" : " (not connected: " + drain.path("last_error").asText() + ")"));
        }
        return Result.of(ok, String.join("; ", drains));
    }

    Result grok() throws IOException, InterruptedException, Failed {
        JsonNode briefing = json("/api/grok/briefing", "source");
        String note = briefing.path("source_note").asText("");
        return Result.pass("summaries: " + (note.isBlank() ? briefing.path("source").asText() : note));
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }
}
