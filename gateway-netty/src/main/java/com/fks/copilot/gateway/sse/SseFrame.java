package com.fks.copilot.gateway.sse;

import java.nio.charset.StandardCharsets;

/** Encodes one server-sent event: {@code event:} line, one {@code data:} line per line of payload, blank line. */
public final class SseFrame {
    private SseFrame() {
    }

    public static byte[] encode(String event, String payload) {
        String data = payload.strip();
        StringBuilder frame = new StringBuilder(data.length() + event.length() + 32);
        frame.append("event: ").append(event).append('\n');
        int start = 0;
        while (true) {
            int end = data.indexOf('\n', start);
            String line = end < 0 ? data.substring(start) : data.substring(start, end);
            frame.append("data: ").append(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).append('\n');
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        frame.append('\n');
        return frame.toString().getBytes(StandardCharsets.UTF_8);
    }
}
