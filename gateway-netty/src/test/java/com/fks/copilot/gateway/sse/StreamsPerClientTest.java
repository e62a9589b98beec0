package com.fks.copilot.gateway.sse;

import io.netty.channel.DefaultChannelId;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The per-client stream count behind the 5-streams limit (HttpRoutes answers 429 at 5). */
class StreamsPerClientTest {

    /** A stream whose socket comes from {@code host}. */
    private static final class StreamFrom extends EmbeddedChannel {
        private final InetSocketAddress remote;

        StreamFrom(String host, int port) {
            super(DefaultChannelId.newInstance()); // a channel group tells channels apart by id
            this.remote = new InetSocketAddress(host, port);
        }

        @Override
        public SocketAddress remoteAddress() {
            return remote;
        }
    }

    @Test
    void streamsAreCountedPerRemoteAddress() {
        SseHub hub = new SseHub();
        for (int i = 0; i < 5; i++) {
            StreamFrom stream = new StreamFrom("192.0.2.7", 50_000 + i);
            hub.connect(stream);
        }
        hub.connect(new StreamFrom("192.0.2.8", 50_100));
        assertEquals(5, hub.streamsFrom(new StreamFrom("192.0.2.7", 51_000)), "five open from 192.0.2.7: a sixth is refused");
        assertEquals(1, hub.streamsFrom(new StreamFrom("192.0.2.8", 51_001)));
    }

    @Test
    void thisMachinesOwnStreamsAreNotLimited() {
        SseHub hub = new SseHub();
        for (int i = 0; i < 8; i++) {
            hub.connect(new StreamFrom("127.0.0.1", 50_000 + i));
        }
        assertEquals(0, hub.streamsFrom(new StreamFrom("127.0.0.1", 51_000)),
                "loopback: the trader's own browser tabs and tools (and the 200-client benchmark)");
    }
}
