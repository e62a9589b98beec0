package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.feed.FakeMassiveFeed;
import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code copilot feed} against a fake Massive (REST listing + WebSocket) on loopback: its output and exit status. */
class FeedCommandTest {
    private static final Instant NINE = Instant.parse("2026-11-16T14:00:00Z");
    private FakeMassive rest;
    private FakeMassiveFeed socket;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void fakes() throws Exception {
        rest = new FakeMassive(NINE, NINE.plusSeconds(3600), 50)
                .listing("MGC", new FuturesContract("MGCG7", "MGC", null, LocalDate.of(2027, 2, 24)),
                        new FuturesContract("MGCZ6", "MGC", null, LocalDate.of(2026, 12, 29)))
                .listing("HG", new FuturesContract("HGZ6", "HG", null, LocalDate.of(2026, 12, 29)));
        socket = new FakeMassiveFeed(FakeMassive.KEY);
    }

    @AfterEach
    void stop() {
        rest.close();
        socket.close();
    }

    private int feed(String key, String... more) {
        CommandLine command = new CommandLine(new CopilotCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] base = {"feed", "--massive-key", key, "--massive-url", rest.url().toString(), "--ws-url",
                socket.url().toString(), "--date", "2026-11-16", "--data-roots", "MHG=HG", "--events", "1"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return command.execute(args);
    }

    /** Once the command has subscribed, the fake sends one trade of each contract. */
    private CompletableFuture<Void> tradesOnceSubscribed() {
        return CompletableFuture.runAsync(() -> {
            while (socket.subscribedClients() == 0) {
                Thread.onSpinWait();
            }
            socket.push("[" + FakeMassiveFeed.trade("MGCZ6", "4012.3", 2, NINE.toEpochMilli(), 11) + ","
                    + FakeMassiveFeed.trade("HGZ6", "4.5125", 1, NINE.toEpochMilli() + 5, 12) + "]");
        });
    }

    @Test
    void shouldPrintTheFrontMonthMappingAndTheFirstTradeOfEachContractThenExitZero() {
        CompletableFuture<Void> pushed = tradesOnceSubscribed();

        int status = feed(FakeMassive.KEY, "--seconds", "10");

        pushed.join();
        String text = out.toString();
        assertEquals(0, status, err.toString());
        assertTrue(text.contains("MGC  <- MGCZ6"), text);
        assertTrue(text.contains("MHG  <- HGZ6    (data HG"), text);
        assertTrue(text.contains("MGC  MGCZ6   trade 4012.3 x2 at 2026-11-16T14:00:00Z q=11"), text);
        assertTrue(text.contains("MHG  HGZ6    trade 4.5125 x1"), text);
        assertTrue(text.contains("OK: key accepted"), text);
    }

    @Test
    void shouldSucceedWithoutTradesWhenTheMarketIsQuietAndSaySo() {
        int status = feed(FakeMassive.KEY, "--seconds", "1");

        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("No events yet for MGC, MHG"), out.toString());
    }

    @Test
    void shouldExitOneWhenMassiveRefusesTheKey() {
        int status = feed("wrong-key", "--seconds", "10");

        assertEquals(1, status);
        assertTrue(err.toString().contains("refused"), err.toString());
    }

    @Test
    void shouldExitOneWhenOnlyTheWebSocketRefusesTheKey() throws Exception {
        socket.close();
        socket = new FakeMassiveFeed("another-key");

        assertEquals(1, feed(FakeMassive.KEY, "--seconds", "10"));
        assertTrue(err.toString().contains("authentication failed"), err.toString());
    }

    @Test
    void shouldExitTwoWithoutAKey() {
        assertEquals(2, feed(" "));
        assertTrue(err.toString().contains("MASSIVE_API_KEY is not set"));
    }
}
