package com.fks.copilot.gateway.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The PromQL expressions of the Grafana dashboard's panels and of the alert rules. */
final class MonitoringQueries {
    /**
     * Grafana's built-in variables the dashboard uses, with a value each so the expression is plain PromQL;
     * any other {@code $} left in an expression is a template variable nobody defined.
     */
    static final Map<String, String> GRAFANA_VARIABLES = Map.of("$__rate_interval", "20s", "$__interval", "5s", "$__range", "1h");

    private MonitoringQueries() {
    }

    static JsonNode dashboard() throws Exception {
        return new ObjectMapper().readTree(Files.readString(MonitoringFiles.dashboard()));
    }

    /** Every target's {@code expr} in the dashboard, in panel order, Grafana variables replaced. */
    static List<String> dashboardExpressions() throws Exception {
        List<String> expressions = new ArrayList<>();
        for (JsonNode expr : dashboard().findValues("expr")) {
            String query = expr.asText();
            for (Map.Entry<String, String> variable : GRAFANA_VARIABLES.entrySet()) {
                query = query.replace(variable.getKey(), variable.getValue());
            }
            expressions.add(query);
        }
        return expressions;
    }

    /** Every rule's {@code expr} in monitoring/alerts.yml. */
    static List<String> alertExpressions() throws Exception {
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : Yaml.read(MonitoringFiles.alerts()).get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                expressions.add(rule.get("expr").asText());
            }
        }
        return expressions;
    }
}
