package com.fks.copilot.gateway.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml's monitoring profile: Prometheus and Grafana mount files that exist, Prometheus keeps 30
 * days and scrapes the app by the name and port compose gives it (a name the app answers to), Grafana loads the
 * dashboard from where it is mounted, and the app has a healthcheck. Compose itself validates the file where
 * docker compose or docker-compose is installed.
 */
class ComposeFileIT {
    private static final Path ROOT = MonitoringFiles.root();
    private static final Map<String, String> COMPOSE_ENVIRONMENT = Map.of("COPILOT_API_KEY", "compose-config-check");

    @Test
    void composeAcceptsTheFileWithTheMonitoringProfile() throws Exception {
        List<String> compose = composeCommand();
        assumeTrue(!compose.isEmpty(), "neither `docker compose` nor `docker-compose` works on this machine: "
                + "the file is only checked as YAML here (composeFileHasTheMonitoringProfile)");
        Tool tool = new Tool(compose.get(0), "docker compose or docker-compose");
        List<String> args = new ArrayList<>(compose.subList(1, compose.size()));
        args.addAll(List.of("--profile", "monitoring", "config", "--quiet"));
        tool.run(ROOT, null, COMPOSE_ENVIRONMENT, args.toArray(String[]::new)).assertSucceeded("compose config");
    }

    @Test
    void composeFileHasTheMonitoringProfile() throws Exception {
        JsonNode services = Yaml.read(ROOT.resolve("docker-compose.yml")).get("services");
        for (String name : List.of("prometheus", "grafana")) {
            JsonNode service = services.get(name);
            assertTrue(service != null && service.get("profiles").toString().contains("\"monitoring\""), name + ": " + service);
            for (JsonNode volume : service.get("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertTrue(Files.exists(ROOT.resolve(source)), name + " mounts " + source + ", which does not exist");
                }
            }
        }
        JsonNode prometheus = services.get("prometheus");
        assertTrue(prometheus.get("command").toString().contains("--storage.tsdb.retention.time=30d"), prometheus.toString());
        assertTrue(prometheus.get("volumes").toString().contains("./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml"),
                "Prometheus reads its config from the default path");
        for (JsonNode ruleFile : Yaml.read(MonitoringFiles.monitoring("prometheus.yml")).get("rule_files")) {
            assertTrue(prometheus.get("volumes").toString().contains(":/etc/prometheus/" + ruleFile.asText()),
                    "rule file " + ruleFile + " is mounted beside prometheus.yml");
        }
        assertTrue(services.get("grafana").get("ports").toString().contains("127.0.0.1:3000:3000"), "Grafana on loopback only");

        String dashboards = Yaml.read(MonitoringFiles.monitoring("grafana/provisioning/dashboards/dashboards.yml"))
                .get("providers").get(0).get("options").get("path").asText();
        assertTrue(services.get("grafana").get("volumes").toString().contains("./monitoring/grafana/dashboards:" + dashboards),
                "Grafana's dashboard provider reads " + dashboards + ", where the dashboards are mounted");
    }

    @Test
    void prometheusScrapesTheAppByANameItAnswersTo() throws Exception {
        JsonNode app = Yaml.read(ROOT.resolve("docker-compose.yml")).get("services").get("app");
        JsonNode job = Yaml.read(MonitoringFiles.monitoring("prometheus.yml")).get("scrape_configs").get(0);
        assertEquals("copilot", job.get("job_name").asText());
        assertEquals("/metrics", job.get("metrics_path").asText());
        assertEquals("5s", job.get("scrape_interval").asText());
        assertEquals("app:8000", job.get("static_configs").get(0).get("targets").get(0).asText());
        assertTrue(app.get("environment").get("COPILOT_ALLOWED_HOSTS").asText().startsWith("app,"),
                "the app refuses a Host it does not know with 421: " + app.get("environment"));
    }

    @Test
    void theAppHasAHealthcheckAndChoosesLiveOrDemo() throws Exception {
        JsonNode app = Yaml.read(ROOT.resolve("docker-compose.yml")).get("services").get("app");
        JsonNode test = app.path("healthcheck").path("test");
        assertFalse(test.isMissingNode() || test.isEmpty(), "app has no healthcheck: " + app);
        assertTrue(test.toString().contains("/health"), test.toString());
        assertEquals("auto", app.get("command").get(0).asText(), "scripts/docker-entrypoint picks run or demo");
        String entrypoint = Files.readString(ROOT.resolve("scripts/docker-entrypoint"));
        assertTrue(entrypoint.contains("MASSIVE_API_KEY") && entrypoint.contains("set -- run") && entrypoint.contains("set -- demo"),
                entrypoint);
        assertTrue(Files.readString(ROOT.resolve("Dockerfile")).contains("/app/docker-entrypoint"), "the image runs the entrypoint");
    }

    /** {@code docker compose} or {@code docker-compose}, whichever answers {@code version}; empty when neither does. */
    private static List<String> composeCommand() throws Exception {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            if (works(candidate)) {
                return candidate;
            }
        }
        return List.of();
    }

    private static boolean works(List<String> command) throws Exception {
        List<String> version = new ArrayList<>(command);
        version.add("version");
        try {
            Process process = new ProcessBuilder(version).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException notInstalled) {
            return false;
        }
    }
}
