package com.fks.copilot.gateway.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a YAML file (compose, Prometheus, Grafana provisioning) as a Jackson tree. */
final class Yaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    static JsonNode read(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }
}
