package com.fks.copilot.gateway.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;

/**
 * Reads a YAML file as a Jackson tree. No YAML library is on gateway-netty's test classpath, so PyYAML
 * (python3-yaml) parses it and hands JSON over; with jackson-dataformat-yaml as a test dependency this
 * becomes {@code new ObjectMapper(new YAMLFactory()).readTree(file)}.
 */
final class Yaml {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TO_JSON = "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)";

    private Yaml() {
    }

    static JsonNode read(Path file) throws Exception {
        Tool.Result result = Tool.PYTHON_YAML.run(file.getParent(), null, "-c", TO_JSON, file.toString());
        return JSON.readTree(result.assertSucceeded("parsing " + file + " as YAML (python3 with PyYAML: " + Tool.PYTHON_YAML.installedBy() + ")").output());
    }
}
