package com.fks.copilot.gateway.sse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SseFrameTest {

    @Test
    void everyLineOfTheFragmentBecomesADataLineAndTheFrameEndsWithABlankLine() {
        String frame = new String(SseFrame.encode("mgc-update", "<article>\n  <span>5212.3</span>\r\n</article>\n"),
                StandardCharsets.UTF_8);
        assertEquals("event: mgc-update\ndata: <article>\ndata:   <span>5212.3</span>\ndata: </article>\n\n", frame);
    }
}
