package com.fks.copilot.gateway.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves static-ui's files ({@code /static/…}) and webjars ({@code /webjars/…}, e.g. htmx) from the
 * classpath, cached in memory after the first read. No CDN is ever needed. Only files that exist are
 * cached: the paths anyone may ask for are endless, the files are few.
 */
public final class StaticAssets {
    /** Bytes and content type of one asset. */
    public record Asset(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "json", "application/json", "map", "application/json");

    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    public Optional<Asset> find(String path) {
        String resource;
        if (path.startsWith("/static/")) {
            resource = "static/" + path.substring("/static/".length());
        } else if (path.startsWith("/webjars/")) {
            resource = "META-INF/resources/webjars/" + path.substring("/webjars/".length());
        } else {
            return Optional.empty();
        }
        if (resource.contains("..") || resource.endsWith("/")) {
            return Optional.empty();
        }
        Asset cached = cache.get(resource);
        if (cached != null) {
            return Optional.of(cached);
        }
        Asset loaded = load(resource);
        if (loaded != null) {
            cache.putIfAbsent(resource, loaded);
        }
        return Optional.ofNullable(loaded);
    }

    int cached() {
        return cache.size();
    }

    /** The asset, or null when there is no such file. */
    private static Asset load(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            String extension = resource.substring(resource.lastIndexOf('.') + 1);
            return new Asset(in.readAllBytes(), TYPES.getOrDefault(extension, "application/octet-stream"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
