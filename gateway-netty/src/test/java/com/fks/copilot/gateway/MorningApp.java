package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotApp;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real app on the demo morning (entries allowed), rate limits off, in a temp dir, for a whole test
 * class ({@code @RegisterExtension static final}): {@link TestApps#morningWithoutRateLimits}.
 */
final class MorningApp implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private CopilotApp app;

    CopilotApp app() {
        return app;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        dir = Files.createTempDirectory("morning");
        app = TestApps.morningWithoutRateLimits(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        app.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
