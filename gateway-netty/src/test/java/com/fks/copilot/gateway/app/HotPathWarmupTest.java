package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.risk.RiskRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HotPathWarmupTest {

    private static List<Path> scratchDirs() throws IOException {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("copilot-warmup")).toList();
        }
    }

    @Test
    void warmUpLeavesNoScratchStateBehind() throws IOException {
        List<Path> before = scratchDirs();
        HotPathWarmup.run(500, RiskRules.defaults(), Duration.ZERO, null);
        assertEquals(before, scratchDirs(), "the scratch journals and maps are deleted");
    }

    @Test
    void everyWarmUpTradeCrossesTheFeedSocketAndReachesTheDashboardSocket() {
        HotPathWarmup.Warmed warmed = HotPathWarmup.run(3_000, RiskRules.defaults(), Duration.ZERO, null);
        assertEquals(3_000, warmed.trades(), "each synthetic trade was read off the loopback feed and put in the ring");
        assertTrue(warmed.dashboardFrames() > 0, "the scratch dashboard's stream was written to its socket");
    }
}
