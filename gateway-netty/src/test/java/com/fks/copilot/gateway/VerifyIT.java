package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.CopilotCommand;
import com.fks.copilot.journal.db.LocalPostgres;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code copilot verify} against real servers: a demo with Postgres and a key, a closed port, a server whose
 * /health is 503, and one that takes connections but never answers.
 */
class VerifyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "k-verify-7";
    private static final List<String> CHECKS = List.of("health", "engine applying", "maps readable", "dashboard page",
            "dashboard stream", "stream first event", "risk status", "risk check", "positions", "no-trade verdict",
            "backfill status", "feed status", "metrics", "postgres reachable", "postgres migrated",
            "postgres write round trip", "history drain lag", "massive key", "grok", "data dir", "log errors");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aDemoWithPostgresPassesEveryCriticalCheckAndTheRiskCheckChangesNothing(@TempDir Path dir) throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start();
             CopilotApp app = TestApps.demo(dir.resolve("data"), s -> s.withDatabase(postgres.settings()).withApiKey(KEY))) {
            TestAwait.until(() -> app.health().eventsProcessed() > 20 && app.drain().lag().get(0).drainedEvents() > 0);
            Path json = dir.resolve("report").resolve("verify.json");

            int status = verify("--url", "http://127.0.0.1:" + app.port(), "--api-key", KEY, "--db-url", postgres.jdbcUrl(),
                    "--db-user", "postgres", "--db-password=", "--massive-key=",
                    "--data-dir", dir.resolve("data").toString(), "--json", json.toString());

            assertEquals(0, status, out + "\n" + err);
            assertTrue(out.toString().contains("READY (exit 0)"), out.toString());
            JsonNode report = JSON.readTree(json.toFile());
            assertEquals(List.of("url", "started_at", "quick", "exit_code", "summary", "checks"), fields(report));
            assertEquals("http://127.0.0.1:" + app.port(), report.get("url").asText());
            assertEquals(0, report.get("exit_code").asInt());
            assertFalse(report.get("quick").asBoolean());
            assertEquals(0, report.get("summary").get("critical_failures").asInt());
            assertEquals(0, report.get("summary").get("failed").asInt(), "not even a warning: " + out);
            assertEquals(CHECKS, names(report), "every check, in the order run");
            assertEquals(List.of("name", "severity", "result", "detail", "millis"), fields(report.get("checks").get(0)));
            Map<String, JsonNode> checks = byName(report);
            for (JsonNode check : checks.values()) {
                if (check.get("severity").asText().equals("CRITICAL") && !check.get("name").asText().equals("massive key")) {
                    assertEquals("PASS", check.get("result").asText(), check.toString());
                }
            }
            assertEquals("SKIP", checks.get("massive key").get("result").asText(), "no MASSIVE_API_KEY: not checked");
            assertEquals("SKIP", checks.get("feed status").get("result").asText(), "a demo has no live feed");
            assertEquals("PASS", checks.get("history drain lag").get("result").asText(), checks.get("history drain lag").toString());
            assertEquals("PASS", checks.get("data dir").get("result").asText());
            assertEquals("PASS", checks.get("metrics").get("result").asText(), checks.get("metrics").toString());
            assertTrue(checks.get("risk check").get("detail").asText().endsWith("standing unchanged"), checks.get("risk check").toString());
            assertTrue(checks.get("postgres migrated").get("detail").asText().contains("migrations applied"));
            assertTrue(checks.get("grok").get("detail").asText().startsWith("summaries: local"), checks.get("grok").toString());

            // the pre-flight check opened nothing, and the write round trip left no table behind
            assertEquals("{\"trades\":[]}", TestApps.get(app, "/trades", "application/json").body());
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
                 ResultSet left = db.createStatement().executeQuery("SELECT count(*) FROM pg_class WHERE relname = 'copilot_verify_probe'")) {
                left.next();
                assertEquals(0, left.getInt(1));
            }

            // the same server without its key: the risk check is refused (401), so the run fails; --quick skips the slow checks
            out.getBuffer().setLength(0);
            int keyless = verify("--url", "http://127.0.0.1:" + app.port(), "--api-key=", "--quick", "--massive-key=",
                    "--json", json.toString());
            assertEquals(1, keyless, out.toString());
            Map<String, JsonNode> quick = byName(JSON.readTree(json.toFile()));
            assertEquals("FAIL", quick.get("risk check").get("result").asText());
            assertTrue(quick.get("risk check").get("detail").asText().contains("HTTP 401"), quick.get("risk check").toString());
            assertTrue(quick.get("risk check").get("detail").asText().contains("--api-key"), "and says what to do");
            assertEquals("SKIP", quick.get("engine applying").get("result").asText());
            assertEquals("SKIP", quick.get("stream first event").get("result").asText());
            assertEquals("SKIP", quick.get("postgres reachable").get("result").asText(), "no --db-url this time");
            assertEquals("PASS", quick.get("health").get("result").asText());
        }
    }

    @Test
    void aClosedPortIsExitTwoWithOneClearLine(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path json = dir.resolve("verify.json");
        int status = verify("--url", "http://127.0.0.1:" + port, "--json", json.toString());

        assertEquals(2, status, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("copilot verify: nothing answers at http://127.0.0.1:" + port + " (connection refused)"), lines.get(0));
        assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), "no stack trace");
        assertEquals("", out.toString(), "no table for a server that is not there");
        JsonNode report = JSON.readTree(json.toFile());
        assertEquals(2, report.get("exit_code").asInt());
        assertEquals(List.of("server reachable"), names(report));
    }

    @Test
    void aServerThatAnswersHealthWith503FailsCritically(@TempDir Path dir) throws Exception {
        HttpServer down = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        down.createContext("/", exchange -> {
            byte[] body = "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        down.start();
        try {
            Path json = dir.resolve("verify.json");
            int status = verify("--url", "http://127.0.0.1:" + down.getAddress().getPort(), "--sse-seconds", "2",
                    "--journal-seconds", "1", "--massive-key=", "--json", json.toString());

            assertEquals(1, status, out + "\n" + err);
            assertTrue(out.toString().contains("NOT READY (exit 1)"), out.toString());
            Map<String, JsonNode> checks = byName(JSON.readTree(json.toFile()));
            assertEquals("FAIL", checks.get("health").get("result").asText());
            assertEquals("HTTP 503: {\"status\":\"DOWN\"}", checks.get("health").get("detail").asText());
            assertEquals("", err.toString(), "a server that answers badly is a report, not an error");
        } finally {
            down.stop(0);
        }
    }

    @Test
    void aServerThatTakesConnectionsButNeverAnswersFailsInSecondsNotPerCheck(@TempDir Path dir) throws Exception {
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(mute.accept()); // read nothing, answer nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "mute-server");
            acceptor.setDaemon(true);
            acceptor.start();
            Path json = dir.resolve("verify.json");
            long start = System.nanoTime();

            int status = verify("--url", "http://127.0.0.1:" + mute.getLocalPort(), "--timeout-seconds", "1",
                    "--massive-key=", "--json", json.toString());

            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(1, status, out.toString());
            assertTrue(seconds < 10, "one timeout, then every later request fails at once: " + seconds + " s");
            Map<String, JsonNode> checks = byName(JSON.readTree(json.toFile()));
            assertEquals("no answer in time (/health had no answer within 1 s)", checks.get("health").get("detail").asText());
            assertTrue(checks.get("maps readable").get("detail").asText().startsWith("no answer in time (not asked:"),
                    checks.get("maps readable").toString());
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private int verify(String... args) {
        CommandLine command = new CommandLine(new CopilotCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        return command.execute(all.toArray(String[]::new));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(JsonNode report) {
        return StreamSupport.stream(report.get("checks").spliterator(), false).map(c -> c.get("name").asText()).toList();
    }

    private static Map<String, JsonNode> byName(JsonNode report) {
        return StreamSupport.stream(report.get("checks").spliterator(), false)
                .collect(Collectors.toMap(c -> c.get("name").asText(), c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
