package com.fks.copilot.gateway.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticAssetsTest {

    @Test
    void tenThousandMissingPathsLeaveNothingBehind() {
        StaticAssets assets = new StaticAssets();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(assets.find("/static/no-such-file-" + i + ".js").isEmpty());
        }
        assertEquals(0, assets.cached(), "a flood of made-up paths must not grow memory");
    }

    @Test
    void aFileThatExistsIsReadOnceAndKept() {
        StaticAssets assets = new StaticAssets();
        assertTrue(assets.find("/static/app.js").isPresent());
        assertTrue(assets.find("/static/app.js").isPresent());
        assertEquals(1, assets.cached());
    }
}
