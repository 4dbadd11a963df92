package org.freqbias.core.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.freqbias.core.io.AtomicFiles;

/** Reads and writes session files. Writes are atomic: a reader never sees half a session. */
public final class SessionFiles {

    private static final String SAMPLE_FOLDER = "/sample-sessions/";

    /** Largest session file read: a session is a few KB. */
    public static final int MAX_BYTES = 1 << 20;

    /** The session the app opens on when given none. */
    public static final String DEFAULT_SAMPLE = "gaussian-bias";

    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SessionFiles() {
    }

    /**
     * Reads and validates a session file. Only a regular file of at most {@link #MAX_BYTES} is read
     * (a FIFO, a device such as /dev/zero, a directory or a socket is refused before opening it, so
     * nothing hangs or fills the heap), through a stream that stops after that many bytes in case
     * the file grows meanwhile.
     *
     * @throws SessionException for anything wrong with the file or its content, naming the field
     */
    public static Session load(Path file) throws IOException {
        return parse(readText(file), file.toString(), file.toAbsolutePath().getParent());
    }

    /** The text of a session file, after the checks of {@link #load}. */
    static String readText(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new SessionException("", "no such file: " + file);
        }
        if (attributes.isDirectory()) {
            throw new SessionException("", file + " is a directory, not a session file");
        }
        if (!attributes.isRegularFile()) {
            throw new SessionException("", file + " is not a regular file (a pipe, device or socket?); give a session JSON file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new SessionException("", file + " is " + megabytes(attributes.size()) + "; a session is a few KB "
                    + "(at most " + megabytes(MAX_BYTES) + "): is it a session JSON?");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new SessionException("", file + " grew past " + megabytes(MAX_BYTES) + " while being read; a session is a few KB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SessionException("", file + " is not a UTF-8 text file (is it a session JSON?)");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
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

    /**
     * As {@link #parse(String, String, Path)}, reading relative paths from {@code folder}. A UTF-8
     * byte-order mark is accepted; JSON beyond the limits of {@link SessionJson} and duplicate keys
     * are refused.
     */
    public static Session parse(String json, String source, SessionFolder folder) {
        return SessionCodec.fromJson(SessionJson.read(json, source), folder);
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
            "gaussian-bias", "uniform-no-bias", "reversed-bias", "random-features", "deep-gaussian", "deep-uniform",
            "drawn-density", "formula-target");

    /** Names of the 2D sample sessions shipped inside the jar, in the app's menu order (after the 1D ones). */
    public static final java.util.List<String> SAMPLES_2D = java.util.List.of("plane-waves", "image-gaussian", "image-uniform");

    /** Every built-in sample, 1D then 2D. */
    public static java.util.List<String> allSamples() {
        java.util.List<String> all = new java.util.ArrayList<>(SAMPLES);
        all.addAll(SAMPLES_2D);
        return java.util.List.copyOf(all);
    }

    /** Where the relative paths inside the built-in samples are read from (their classpath folder). */
    public static SessionFolder sampleFolder() {
        return SessionFolder.classpath(SAMPLE_FOLDER);
    }

    /**
     * The built-in sample a command-line SESSION argument names, if it names one: no file of that
     * name exists and it is a sample's name, with or without ".json" (a path with a separator is
     * always a file). The command line and the app read SESSION by this one rule.
     */
    public static Optional<String> sampleNamed(String argument) {
        String name = argument.endsWith(".json") ? argument.substring(0, argument.length() - 5) : argument;
        boolean plainName = !argument.contains("/") && !argument.contains(File.separator);
        if (!plainName || !allSamples().contains(name) || Files.exists(Path.of(argument))) {
            return Optional.empty();
        }
        return Optional.of(name);
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
}
