package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard stage with a real hub, real state maps and a client channel: prices go out on every
 * trade, each contract's card at most once per 7 s of event time (leading edge, then the latest state).
 */
class CardCoalescingTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_795_000_000L * SECOND;
    private static final int MGC = 0;
    private static final int MNQ = 1;
    private static final Pattern EVENT = Pattern.compile("event: (\\S+)\\ndata: .*?data-seq=\"(\\d+)\"|event: (\\S+)\\ndata: \\{[^}]*\"seq\":(\\d+)");

    @TempDir
    Path dir;
    private EngineStateStore store;
    private DashboardPublisher publisher;
    private EmbeddedChannel browser;
    private final EngineEvent slot = new EngineEvent();
    private long journalIndex;

    @BeforeEach
    void open() {
        store = EngineStateStore.open(dir);
        SseHub hub = new SseHub();
        publisher = new DashboardPublisher(hub, new Views(), RiskRules.defaults(), new DashboardState(store), new AlertLog(RiskRules.defaults()),
                7 * SECOND, null);
        browser = new EmbeddedChannel();
        hub.connect(browser);
    }

    @AfterEach
    void close() {
        browser.finishAndReleaseAll();
        store.close();
    }

    private void trade(int instrument, long atNanos, long sequence) {
        slot.clear();
        slot.type = EventType.TICK;
        slot.instrument = instrument;
        slot.eventTimeNanos = atNanos;
        slot.sourceSequence = sequence;
        slot.journalIndex = journalIndex++;
        slot.viewChanged = true;
        slot.viewOpenPrice = Prices.toFixed(2650.0);
        slot.viewLastPrice = Prices.toFixed(2650.0 + sequence / 10.0);
        slot.viewHighPrice = slot.viewLastPrice;
        slot.viewLowPrice = slot.viewOpenPrice;
        slot.viewTickCount = sequence;
        publisher.onEvent(slot, journalIndex, true);
    }

    private void clock(long atNanos) {
        slot.clear();
        slot.type = EventType.CLOCK;
        slot.eventTimeNanos = atNanos;
        slot.journalIndex = journalIndex++;
        publisher.onEvent(slot, journalIndex, true);
    }

    /** "event seq" of every card or price frame the browser received, in order. */
    private List<String> received() {
        StringBuilder stream = new StringBuilder();
        browser.runPendingTasks(); // the hub hands each frame to the client's event loop
        Object message;
        while ((message = browser.readOutbound()) != null) {
            if (message instanceof HttpContent content) {
                stream.append(content.content().toString(StandardCharsets.UTF_8));
            } else if (message instanceof ByteBuf frames) { // a ring batch's frames, written as chunk content
                stream.append(frames.toString(StandardCharsets.UTF_8));
            }
            io.netty.util.ReferenceCountUtil.release(message);
        }
        List<String> frames = new ArrayList<>();
        Matcher m = EVENT.matcher(stream);
        while (m.find()) {
            frames.add(m.group(1) != null ? m.group(1) + " " + m.group(2) : m.group(3) + " " + m.group(4));
        }
        return frames;
    }

    @Test
    void shouldSendEveryPriceButOneGoldCardPerSevenSecondsOfEventTime() {
        for (int s = 0; s <= 14; s++) {
            trade(MGC, T0 + s * SECOND, s + 1);
        }
        List<String> cards = received().stream().filter(f -> f.startsWith("mgc-update")).toList();
        assertEquals(List.of("mgc-update 1", "mgc-update 8", "mgc-update 15"), cards,
                "leading edge at 0 s, then the latest card at 7 s and 14 s");
    }

    @Test
    void shouldSendEveryTradesPriceLive() {
        for (int s = 0; s <= 14; s++) {
            trade(MGC, T0 + s * SECOND, s + 1);
        }
        assertEquals(15, received().stream().filter(f -> f.startsWith("mgc-price")).count());
    }

    @Test
    void shouldSendTheLatestCardWhenTheWindowPassesWithoutAnotherTrade() {
        trade(MGC, T0, 1);
        trade(MGC, T0 + 3 * SECOND, 2);
        clock(T0 + 6 * SECOND);
        clock(T0 + 7 * SECOND);
        List<String> cards = received().stream().filter(f -> f.startsWith("mgc-update")).toList();
        assertEquals(List.of("mgc-update 1", "mgc-update 2"), cards, "the 3-s trade's card goes out at 7 s, not at 6 s");
    }

    @Test
    void shouldNotHoldOneContractsCardBackForAnothersWindow() {
        trade(MGC, T0, 1);
        trade(MNQ, T0 + SECOND, 2);
        List<String> cards = received().stream().filter(f -> f.endsWith("-update 1") || f.endsWith("-update 2")).toList();
        assertEquals(List.of("mgc-update 1", "mnq-update 2"), cards);
    }

    @Test
    void shouldSendNothingMoreOnceTheLatestCardIsOut() {
        trade(MGC, T0, 1);
        clock(T0 + 30 * SECOND);
        assertEquals(1, received().stream().filter(f -> f.startsWith("mgc-update")).count());
    }
}
