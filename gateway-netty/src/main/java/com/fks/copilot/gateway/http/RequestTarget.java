package com.fks.copilot.gateway.http;

import com.fks.copilot.gateway.bridge.BadRequest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A request's path and query, percent-decoded once and checked, the one place routes read them: a
 * malformed escape ({@code %zz}, a lone {@code %}, bytes that are not UTF-8) is a {@link BadRequest}
 * naming the query parameter, or {@code path}, rather than an exception inside a route that leaves
 * the client without an answer; a query value that does not parse is one naming the parameter.
 *
 * @param path  the decoded path ({@code +} is a plus here, as in any path)
 * @param query each parameter's decoded values in the order sent ({@code +} is a space, as in a form)
 */
record RequestTarget(String path, Map<String, List<String>> query) {

    static RequestTarget of(String uri) {
        int mark = uri.indexOf('?');
        String rawPath = mark < 0 ? uri : uri.substring(0, mark);
        String path = decode(rawPath, false, "path");
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new BadRequest("path", "the path holds a control character");
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (mark >= 0) {
            for (String pair : uri.substring(mark + 1).split("&")) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    String name = decode(equals < 0 ? pair : pair.substring(0, equals), true, "query");
                    String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true, name);
                    query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        }
        return new RequestTarget(path, query);
    }

    /** The parameter's first value, trimmed; null when it is absent or blank. */
    String text(String name) {
        List<String> values = query.get(name);
        return values == null || values.get(0).isBlank() ? null : values.get(0).trim();
    }

    /** A whole number from {@code min} to {@code max}; empty when the parameter is absent. */
    OptionalInt wholeNumber(String name, int min, int max) {
        String text = text(name);
        if (text == null) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return OptionalInt.of(value);
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the range
        }
        throw new BadRequest(name, name + " must be a whole number from " + min + " to " + max);
    }

    /** {@code true} or {@code false} (also {@code 1} or {@code 0}); false when the parameter is absent. */
    boolean flag(String name) {
        String text = text(name);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new BadRequest(name, name + " must be true or false");
        };
    }

    /** Percent-decodes {@code raw} as UTF-8; a malformed escape or byte sequence is a 400 naming {@code field}. */
    private static String decode(String raw, boolean plusIsSpace, String field) {
        if (raw.chars().allMatch(c -> c < 0x80 && c != '%' && c != '+')) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    throw malformed(field, raw);
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c <= 0xff) {
                bytes.write(c); // the request line reaches us a byte per char
            } else {
                throw malformed(field, raw);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            throw malformed(field, raw);
        }
    }

    private static BadRequest malformed(String field, String raw) {
        String shown = raw.length() > 64 ? raw.substring(0, 64) + "…" : raw;
        return new BadRequest(field, (field.equals("path") || field.equals("query") ? "the " + field : field)
                + " has a malformed percent-encoding (%XX, XX two hex digits, UTF-8): " + shown);
    }
}
