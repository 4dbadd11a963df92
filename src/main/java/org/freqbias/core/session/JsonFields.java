package org.freqbias.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** Typed reads from a JSON object that report the dotted path of whatever is missing or wrong. */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new SessionException(path, "must be a JSON object { ... }");
        }
        this.node = node;
        this.path = path;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    JsonFields object(String key) {
        return new JsonFields(required(key), path(key));
    }

    JsonNode required(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new SessionException(path(key), "is missing");
        }
        return value;
    }

    double number(String key) {
        JsonNode value = required(key);
        if (!value.isNumber()) {
            throw new SessionException(path(key), "must be a number, got " + value);
        }
        double d = value.asDouble();
        if (!Double.isFinite(d)) {
            throw new SessionException(path(key), "must be a finite number, got " + value);
        }
        return d;
    }

    double number(String key, double fallback) {
        return has(key) ? number(key) : fallback;
    }

    int integer(String key) {
        JsonNode value = required(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new SessionException(path(key), "must be a whole number that fits in 32 bits, got " + value);
        }
        return value.asInt();
    }

    int integer(String key, int fallback) {
        return has(key) ? integer(key) : fallback;
    }

    long longInteger(String key, long fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new SessionException(path(key), "must be a whole number, got " + value);
        }
        return value.asLong();
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw new SessionException(path(key), "must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    String text(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isTextual()) {
            throw new SessionException(path(key), "must be a string, got " + value);
        }
        return value.asText();
    }

    /** A required string that must be one of {@code allowed}. */
    String choice(String key, Set<String> allowed) {
        String value = text(key, null);
        if (value == null) {
            throw new SessionException(path(key), "is missing; allowed: " + String.join(", ", allowed));
        }
        if (!allowed.contains(value)) {
            throw new SessionException(path(key), "unknown value \"" + value + "\"; allowed: " + String.join(", ", allowed));
        }
        return value;
    }

    /** A required array of numbers, e.g. "peaks": [2, 6]; each entry finite. */
    double[] numbers(String key) {
        JsonNode value = required(key);
        if (!value.isArray()) {
            throw new SessionException(path(key), "must be a JSON array of numbers [a, b, ...]");
        }
        double[] out = new double[value.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = finite(value.get(i), path(key) + "[" + i + "]");
        }
        return out;
    }

    /** A required array of number pairs, e.g. "points": [[0, 1], [2, 0.5]]; each entry finite. */
    double[][] pairs(String key) {
        JsonNode value = required(key);
        if (!value.isArray()) {
            throw new SessionException(path(key), "must be a JSON array of pairs [[a, b], ...]");
        }
        double[][] out = new double[value.size()][];
        for (int i = 0; i < out.length; i++) {
            JsonNode pair = value.get(i);
            String at = path(key) + "[" + i + "]";
            if (!pair.isArray() || pair.size() != 2) {
                throw new SessionException(at, "must be a pair of numbers [a, b], got " + pair);
            }
            out[i] = new double[] {finite(pair.get(0), at), finite(pair.get(1), at)};
        }
        return out;
    }

    private static double finite(JsonNode value, String at) {
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new SessionException(at, "must hold finite numbers, got " + value);
        }
        return value.asDouble();
    }

    Iterator<JsonNode> array(String key) {
        JsonNode value = required(key);
        if (!value.isArray()) {
            throw new SessionException(path(key), "must be a JSON array [ ... ]");
        }
        return value.elements();
    }
}
