package org.freqbias.core.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON reader for sessions, with limits a session never comes near: a session is a few KB of
 * shallow JSON, so anything past these is refused before it costs memory or time, and every refusal
 * is a {@link SessionException} that says what was wrong and where (line and column when the parser
 * knows them). Duplicate keys are refused (Jackson would silently keep the last one).
 */
final class SessionJson {

    /** Deepest nesting of objects and arrays: a session nests 4 deep, a mixture of mixtures about 12. */
    static final int MAX_NESTING = 32;
    /** Longest number literal, in characters (a double needs at most 24). */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Longest string value or key, in characters (a description of a few paragraphs fits easily). */
    static final int MAX_STRING_LENGTH = 16_384;

    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_STRING_LENGTH)
                            .maxDocumentLength(SessionFiles.MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SessionJson() {
    }

    /**
     * The JSON tree of {@code json} (a leading UTF-8 byte-order mark is skipped); {@code source}
     * names it in messages.
     *
     * @throws SessionException when the text is not JSON, breaks a limit above, or is empty
     */
    static JsonNode read(String json, String source) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (StreamConstraintsException e) {
            String limit = e.getOriginalMessage().replaceAll(", from `[^`]*`", "");   // Jackson's method name helps no user
            throw new SessionException("", source + " is not a session: " + limit + where(e.getLocation())
                    + "; a session is a few KB of plain JSON, see README.md", e);
        } catch (JsonProcessingException e) {
            throw new SessionException("", source + " is not valid JSON: " + e.getOriginalMessage() + where(e.getLocation()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new SessionException("", source + " is empty; a session is a JSON object, see README.md");
        }
        return root;
    }

    /** " (line L, column C)", or nothing when the parser does not know where (limits often do not). */
    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
