package com.fks.copilot.gateway.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Grafana dashboard and the alerts ask Prometheus only for what exists: every panel query is valid PromQL
 * (promtool checks it as a recording rule), and every metric a panel or an alert reads is one the running app
 * exposes at /metrics: a demo with PostgreSQL (so the drain families are there too), or the live feed path.
 */
class DashboardQueriesIT {
    /** Series Prometheus makes itself for each scrape, not exposed by the app. */
    private static final Set<String> SCRAPE_SERIES = Set.of("up");
    private static final Set<String> PANEL_TYPES = Set.of("row", "timeseries", "stat", "bargauge");
    private static final List<String> ROWS = List.of("Service health", "HTTP", "SSE", "Engine latency", "Feed",
            "Risk & trading", "Focus quality", "History drain & PostgreSQL", "JVM");

    @Test
    void theDashboardIsGrafanaJsonOnTheProvisionedDatasource() throws Exception {
        JsonNode dashboard = MonitoringQueries.dashboard();
        assertTrue(dashboard.get("schemaVersion").asInt() >= 36, "schemaVersion " + dashboard.get("schemaVersion"));
        JsonNode datasource = Yaml.read(MonitoringFiles.monitoring("grafana/provisioning/datasources/prometheus.yml"))
                .get("datasources").get(0);
        String uid = datasource.get("uid").asText();

        Set<Integer> ids = new HashSet<>();
        List<String> rows = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            String title = panel.get("title").asText();
            assertTrue(ids.add(panel.get("id").asInt()), "panel id used twice: " + panel.get("id"));
            assertTrue(PANEL_TYPES.contains(panel.get("type").asText()), title + ": type " + panel.get("type"));
            assertTrue(panel.get("gridPos").has("w") && panel.get("gridPos").has("h"), title + " has no size");
            if (panel.get("type").asText().equals("row")) {
                rows.add(title);
                continue;
            }
            assertFalse(panel.path("targets").isEmpty(), title + " has no query");
            for (JsonNode target : panel.get("targets")) {
                assertFalse(target.path("expr").asText().isBlank(), title + " has an empty query");
            }
            for (JsonNode reference : panel.findValues("datasource")) {
                assertEquals(uid, reference.get("uid").asText(), title + " uses another datasource than the provisioned " + uid);
            }
        }
        assertEquals(ROWS.size(), rows.size(), "rows " + rows);
        for (int i = 0; i < ROWS.size(); i++) {
            assertTrue(rows.get(i).startsWith(ROWS.get(i)), "row " + i + " is " + rows.get(i) + ", expected " + ROWS.get(i));
        }
    }

    @Test
    void everyPanelQueryIsValidPromQl(@TempDir Path dir) throws Exception {
        List<String> expressions = MonitoringQueries.dashboardExpressions();
        ObjectMapper json = new ObjectMapper();
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        for (int i = 0; i < expressions.size(); i++) {
            assertFalse(expressions.get(i).contains("$"), "a Grafana variable no one defines: " + expressions.get(i));
            // a JSON string is a YAML double-quoted scalar
            rules.append("      - record: dashboard:panel_").append(i).append('\n')
                    .append("        expr: ").append(json.writeValueAsString(expressions.get(i))).append('\n');
        }
        Files.writeString(dir.resolve("panels.yml"), rules);
        String output = Tool.PROMTOOL.run(dir, null, "check", "rules", "panels.yml")
                .assertSucceeded("promtool check rules on the dashboard's queries:\n" + rules).output();
        assertTrue(output.contains("SUCCESS: " + expressions.size() + " rules found"), output);
    }

    @Test
    void everyMetricThePanelsAndAlertsReadIsOneTheAppExposes(@TempDir Path dir) throws Exception {
        Map<String, Set<String>> readBy = new TreeMap<>();
        MonitoringQueries.dashboardExpressions().forEach(expr -> PromQlNames.in(expr)
                .forEach(name -> readBy.computeIfAbsent(name, n -> new TreeSet<>()).add("dashboard: " + expr)));
        MonitoringQueries.alertExpressions().forEach(expr -> PromQlNames.in(expr)
                .forEach(name -> readBy.computeIfAbsent(name, n -> new TreeSet<>()).add("alerts.yml: " + expr)));
        assertTrue(readBy.size() > 30, "names read: " + readBy.keySet());

        Set<String> exposed = new TreeSet<>();
        try (MonitoredDemo demo = MonitoredDemo.start(dir.resolve("demo"))) {
            exposed.addAll(MonitoredDemo.exposedNames(demo.scrape()));
        }
        exposed.addAll(MonitoredDemo.exposedNames(MonitoredLiveFeed.scrapeAfterOneTrade(dir.resolve("live"))));
        Map<String, Set<String>> missing = new TreeMap<>(readBy);
        missing.keySet().removeIf(name -> SCRAPE_SERIES.contains(name) || exposed.contains(name)
                || exposed.contains(PromQlNames.family(name)));
        assertTrue(missing.isEmpty(), "read but not exposed by /metrics: " + missing + "\nexposed: " + exposed);
    }
}
