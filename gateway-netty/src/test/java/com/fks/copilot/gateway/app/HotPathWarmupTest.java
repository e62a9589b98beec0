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

class HotPathWarmupTest {

    private static List<Path> scratchDirs() throws IOException {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("copilot-warmup")).toList();
        }
    }

    @Test
    void warmUpRunsTheHotPathOnScratchStateAndLeavesNothingBehind() throws IOException {
        List<Path> before = scratchDirs();
        HotPathWarmup.run(500, RiskRules.defaults(), Duration.ZERO);
        assertEquals(before, scratchDirs(), "the scratch journals and maps are deleted");
    }
}
