package com.fks.copilot.gateway.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's monitoring configuration (monitoring/, docker-compose.yml), found from the test's working directory. */
final class MonitoringFiles {
    private MonitoringFiles() {
    }

    /** The repository root: the nearest directory up from the working directory that holds monitoring/alerts.yml. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("monitoring/alerts.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no monitoring/alerts.yml above " + Path.of("").toAbsolutePath());
    }

    static Path monitoring(String relative) {
        return root().resolve("monitoring").resolve(relative);
    }

    static Path alerts() {
        return monitoring("alerts.yml");
    }

    static Path dashboard() {
        return monitoring("grafana/dashboards/copilot.json");
    }
}
