package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.event.SummaryText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTextTest {

    @Test
    void textThatFitsIsKeptWhole() {
        byte[] buffer = new byte[SummaryText.CAPACITY];
        String text = "SILVER 🔴 31.245 (-0.120) | Bias VALID | Watch 31.100";
        int length = SummaryText.encode(text, buffer);
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, length);
        assertEquals(text, SummaryText.decode(buffer, length));
    }

    @Test
    void textBeyondCapacityIsCutOnACharacterBoundaryAndMarked() {
        byte[] buffer = new byte[SummaryText.CAPACITY];
        // 4-byte emoji after one ASCII byte: no cut point lines up with the marker's room
        String text = "x" + "🟢".repeat(SummaryText.CAPACITY / 4 + 10);
        int length = SummaryText.encode(text, buffer);
        String decoded = SummaryText.decode(buffer, length);

        assertTrue(length <= SummaryText.CAPACITY);
        assertTrue(decoded.endsWith(SummaryText.TRUNCATED), decoded.substring(decoded.length() - 20));
        String kept = decoded.substring(0, decoded.length() - SummaryText.TRUNCATED.length());
        assertTrue(text.startsWith(kept), "the kept part is a prefix of the original, with no broken emoji");
        assertEquals(-1, decoded.indexOf('\uFFFD'), "no replacement character: the UTF-8 is valid");
    }
}
