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

    Iterator<JsonNode> array(String key) {
        JsonNode value = required(key);
        if (!value.isArray()) {
            throw new SessionException(path(key), "must be a JSON array [ ... ]");
        }
        return value.elements();
    }
}
