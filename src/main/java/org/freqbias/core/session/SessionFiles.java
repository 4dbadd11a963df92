package org.freqbias.core.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.freqbias.core.io.AtomicFiles;

/** Reads and writes session files. Writes are atomic: a reader never sees half a session. */
public final class SessionFiles {

    private static final String SAMPLE_FOLDER = "/sample-sessions/";

    /** The session the app opens on when given none. */
    public static final String DEFAULT_SAMPLE = "gaussian-bias";

    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SessionFiles() {
    }

    public static Session load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new SessionException("", file + " is a directory, not a session file");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), file.toAbsolutePath().getParent());
        } catch (NoSuchFileException e) {
            throw new SessionException("", "no such file: " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SessionException("", file + " is not a UTF-8 text file (is it a session JSON?)");
        }
    }

    /** Parses session JSON; {@code source} names where it came from in messages. */
    public static Session parse(String json, String source) {
        return parse(json, source, (Path) null);
    }

    /**
     * As {@link #parse(String, String)}, resolving relative paths inside the session (an image
     * target) against {@code folder} (null: the working directory).
     */
    public static Session parse(String json, String source, Path folder) {
        return parse(json, source, SessionFolder.of(folder));
    }

    /** As {@link #parse(String, String, Path)}, reading relative paths from {@code folder}. */
    public static Session parse(String json, String source, SessionFolder folder) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SessionException("", source + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new SessionException("", source + " is empty; a session is a JSON object, see README.md");
        }
        return SessionCodec.fromJson(root, folder);
    }

    public static String toJsonString(Session session) {
        try {
            return JSON.writeValueAsString(SessionCodec.toJson(session)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void save(Path file, Session session) throws IOException {
        AtomicFiles.writeString(file, toJsonString(session));
    }

    /** Names of the 1D sample sessions shipped inside the jar, in the app's menu order. */
    public static final java.util.List<String> SAMPLES = java.util.List.of(
            "gaussian-bias", "uniform-no-bias", "reversed-bias", "random-features", "deep-gaussian", "deep-uniform");

    /** Names of the 2D sample sessions shipped inside the jar, in the app's menu order (after the 1D ones). */
    public static final java.util.List<String> SAMPLES_2D = java.util.List.of("plane-waves", "image-gaussian", "image-uniform");

    /** Every built-in sample, 1D then 2D. */
    public static java.util.List<String> allSamples() {
        java.util.List<String> all = new java.util.ArrayList<>(SAMPLES);
        all.addAll(SAMPLES_2D);
        return java.util.List.copyOf(all);
    }

    /**
     * Loads a sample session shipped on the classpath, by name without ".json"; its relative paths
     * (an image target) are classpath resources beside it.
     */
    public static Session loadSample(String name) throws IOException {
        String resource = SAMPLE_FOLDER + name + ".json";
        try (InputStream in = SessionFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SessionException("", "no built-in sample session named " + name + "; available: " + allSamples());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, sampleFolder());
        }
    }

    /** Where the relative paths inside the built-in samples (their images) are read from. */
    public static SessionFolder sampleFolder() {
        return SessionFolder.classpath(SAMPLE_FOLDER);
    }
}
