package org.freqbias.core.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.freqbias.core.session.SessionFiles;

/**
 * Reads lesson files: a JSON file on disk (its "file" steps relative to its folder) or a lesson
 * shipped on the classpath under /sample-sessions/lessons/, by name. Whatever is wrong is refused
 * as a whole ({@link LessonException}), before any step is played.
 */
public final class LessonFiles {

    private static final String FOLDER = "/sample-sessions/lessons/";
    /** A lesson is a few steps of text: anything larger is not one. */
    static final long MAX_BYTES = 1 << 20;

    /** The lessons shipped with the app, in the order of its menu. */
    public static final List<String> SHIPPED = List.of(
            "low-frequencies-first", "choosing-rho", "when-theory-holds", "bias-in-2d");

    private LessonFiles() {
    }

    /**
     * A lesson file's path, or the name of a shipped lesson (as for sessions, an existing file wins).
     *
     * @param charts the chart names a step may focus in a session of dimension 1 or 2
     */
    public static Lesson load(String fileOrName, IntFunction<Set<String>> charts) throws IOException {
        Path path = Path.of(fileOrName);
        if (!Files.exists(path) && SHIPPED.contains(fileOrName.replace(".json", ""))) {
            return loadShipped(fileOrName.replace(".json", ""), charts);
        }
        return load(path, charts);
    }

    /** Reads the lesson file {@code file}; its "file" steps are read from its folder. */
    public static Lesson load(Path file, IntFunction<Set<String>> charts) throws IOException {
        if (!Files.exists(file)) {
            throw new LessonException("", "no such lesson file: " + file + " (or give the name of a shipped lesson: "
                    + String.join(", ", SHIPPED) + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new LessonException("", file + " is not a regular file; a lesson is a JSON file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new LessonException("", file + " has " + Files.size(file) + " bytes; a lesson file has at most " + MAX_BYTES);
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        return parse(json, file.toString(), LessonFolder.of(file.toAbsolutePath().getParent()), charts);
    }

    /** Reads a shipped lesson by name, from the classpath. */
    public static Lesson loadShipped(String name, IntFunction<Set<String>> charts) throws IOException {
        String resource = FOLDER + name + ".json";
        try (InputStream in = LessonFiles.class.getResourceAsStream(resource)) {
            if (in == null || !SHIPPED.contains(name)) {
                throw new LessonException("", "no shipped lesson named " + name + "; shipped: " + String.join(", ", SHIPPED));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource,
                    LessonFolder.classpath(FOLDER), charts);
        }
    }

    private static Lesson parse(String json, String source, LessonFolder folder, IntFunction<Set<String>> charts)
            throws IOException {
        JsonNode root;
        try {
            root = SessionFiles.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LessonException("", source + " is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new LessonException("", source + " is empty; a lesson is a JSON object, see README.md");
        }
        return new LessonReader(folder, charts).read(root);
    }
}
