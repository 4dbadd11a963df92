package org.freqbias.core.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The JSON entries of a study (manifest.json, run.json): read with small limits (shallow, short
 * strings and numbers, no duplicate keys) and typed reads whose refusals name the entry and the key.
 */
final class StudyJson {

    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(8)
                            .maxNumberLength(64)
                            .maxStringLength(1 << 16)
                            .maxNameLength(1 << 12)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode node;
    private final String where;

    private StudyJson(JsonNode node, String where) throws StudyException {
        if (node == null || !node.isObject()) {
            throw new StudyException(where + " must be a JSON object");
        }
        this.node = node;
        this.where = where;
    }

    /** The JSON object in {@code bytes}; {@code entry} names it in messages. */
    static StudyJson parse(byte[] bytes, String entry) throws StudyException {
        try {
            return new StudyJson(READER.readTree(bytes), entry);
        } catch (IOException e) {
            throw new StudyException(entry + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    static ObjectMapper writer() {
        return READER;
    }

    StudyJson object(String key) throws StudyException {
        return new StudyJson(required(key), at(key));
    }

    JsonNode required(String key) throws StudyException {
        JsonNode v = node.get(key);
        if (v == null || v.isMissingNode()) {
            throw new StudyException(at(key) + " is missing");
        }
        return v;
    }

    boolean has(String key) {
        return node.has(key);
    }

    String text(String key) throws StudyException {
        JsonNode v = required(key);
        if (!v.isTextual()) {
            throw new StudyException(at(key) + " must be a string");
        }
        return v.asText();
    }

    /** A string or null. */
    String textOrNull(String key) throws StudyException {
        JsonNode v = required(key);
        return v.isNull() ? null : text(key);
    }

    boolean bool(String key) throws StudyException {
        JsonNode v = required(key);
        if (!v.isBoolean()) {
            throw new StudyException(at(key) + " must be true or false");
        }
        return v.asBoolean();
    }

    long integer(String key, long min, long max) throws StudyException {
        JsonNode v = required(key);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw new StudyException(at(key) + " must be a whole number in [" + min + ", " + max + "], got " + v);
        }
        return v.asLong();
    }

    /** A number, or null read as {@code whenNull} (JSON has no NaN or infinity). */
    double number(String key, double whenNull) throws StudyException {
        return number(required(key), at(key), whenNull);
    }

    static double number(JsonNode v, String where, double whenNull) throws StudyException {
        if (v.isNull()) {
            return whenNull;
        }
        if (!v.isNumber()) {
            throw new StudyException(where + " must be a number, got " + v);
        }
        return v.asDouble();
    }

    /** The array at {@code key} with at most {@code max} items. */
    JsonNode array(String key, int max) throws StudyException {
        JsonNode v = required(key);
        if (!v.isArray()) {
            throw new StudyException(at(key) + " must be an array");
        }
        if (v.size() > max) {
            throw new StudyException(at(key) + " has " + v.size() + " items, at most " + max + " are allowed");
        }
        return v;
    }

    JsonNode node() {
        return node;
    }

    String at(String key) {
        return where + ": " + key;
    }
}
