package com.fks.copilot.gateway.monitoring;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alert rules are valid and do what alerts.test.yml says: each alert fires on its condition (feed down a
 * minute in ACTIVE hours, drain over 30 s behind, ring failures, dropped dashboards, Postgres down, engine stale,
 * app down) and stays quiet on blips and where it should (a feed down off-hours).
 */
class AlertRulesIT {
    private static final Path MONITORING = MonitoringFiles.monitoring("");

    @Test
    void theAlertRulesAreValid() throws Exception {
        String output = Tool.PROMTOOL.run(MONITORING, null, "check", "rules", "alerts.yml")
                .assertSucceeded("promtool check rules monitoring/alerts.yml").output();
        assertTrue(output.contains("SUCCESS"), output);
    }

    @Test
    void theAlertUnitTestsPass() throws Exception {
        String output = Tool.PROMTOOL.run(MONITORING, null, "test", "rules", "alerts.test.yml")
                .assertSucceeded("promtool test rules monitoring/alerts.test.yml").output();
        assertTrue(output.contains("SUCCESS"), output);
    }

    @Test
    void thePrometheusConfigIsValidAndLoadsTheAlerts() throws Exception {
        String output = Tool.PROMTOOL.run(MONITORING, null, "check", "config", "prometheus.yml")
                .assertSucceeded("promtool check config monitoring/prometheus.yml").output();
        assertTrue(output.contains("1 rule files found"), output);
    }
}
