package org.freqbias.core.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.SessionFolder;

/**
 * The folder a lesson was read from: a folder on disk, or the classpath folder of the shipped
 * lessons. A step's {@code {"file": PATH}} is a session file inside it; a path that leaves it
 * (absolute, "..", or a link pointing outside) is refused.
 */
interface LessonFolder {

    /** A session loaded from {@code path}, relative to this folder, with the folder its own relative paths use. */
    record Loaded(Session session, SessionFolder folder) {
    }

    /**
     * Loads the session file at {@code path}.
     *
     * @throws LessonException (naming {@code field}) when the path leaves the folder or no file is there
     * @throws IOException when the file cannot be read
     */
    Loaded session(String path, String field) throws IOException;

    static LessonFolder of(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return (path, field) -> {
            Path file = root.resolve(path).normalize();
            if (Path.of(path).isAbsolute() || !file.startsWith(root)) {
                throw new LessonException(field, "\"" + path + "\" leaves the lesson's folder " + root
                        + "; give a path inside it, such as sessions/mine.json");
            }
            if (!Files.isRegularFile(file)) {
                throw new LessonException(field, "no such session file: " + file);
            }
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                throw new LessonException(field, "\"" + path + "\" is a link out of the lesson's folder " + root);
            }
            return new Loaded(SessionFiles.load(file), SessionFolder.of(file.getParent()));
        };
    }

    /** A classpath folder such as "/sample-sessions/lessons/". */
    static LessonFolder classpath(String folder) {
        return (path, field) -> {
            if (path.startsWith("/") || path.contains("\\") || Path.of(path).normalize().startsWith("..")
                    || java.util.Arrays.asList(path.split("/")).contains("..")) {
                throw new LessonException(field, "\"" + path + "\" leaves the lesson's folder; give a path inside it");
            }
            String resource = folder + path;
            try (InputStream in = LessonFolder.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new LessonException(field, "no such session file: classpath:" + resource);
                }
                String parent = resource.substring(0, resource.lastIndexOf('/') + 1);
                SessionFolder sessionFolder = SessionFolder.classpath(parent);
                return new Loaded(SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource,
                        sessionFolder), sessionFolder);
            }
        };
    }
}
