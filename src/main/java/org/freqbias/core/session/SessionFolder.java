package org.freqbias.core.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the relative paths written inside a session (an image target's file) are read from: the
 * folder of a session file on disk, or the classpath folder of the built-in samples (inside the jar
 * there is no file system path to resolve against).
 */
public interface SessionFolder {

    /**
     * Opens the file at {@code path}, relative to this folder (absolute paths as they are on disk).
     *
     * @throws NoSuchFileException when there is no such file
     */
    InputStream open(String path) throws IOException;

    /** The name of that file for messages. */
    String describe(String path);

    /** A folder on disk; null means the working directory. */
    static SessionFolder of(Path folder) {
        return new SessionFolder() {
            @Override
            public InputStream open(String path) throws IOException {
                Path file = resolve(path);
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchFileException(file.toString());
                }
                return Files.newInputStream(file);
            }

            @Override
            public String describe(String path) {
                return resolve(path).toString();
            }

            private Path resolve(String path) {
                return folder == null ? Path.of(path) : folder.resolve(path);
            }
        };
    }

    /** A folder of classpath resources, e.g. "/sample-sessions/". */
    static SessionFolder classpath(String resourceFolder) {
        return new SessionFolder() {
            @Override
            public InputStream open(String path) throws IOException {
                InputStream in = SessionFolder.class.getResourceAsStream(resourceFolder + path);
                if (in == null) {
                    throw new NoSuchFileException(describe(path));
                }
                return in;
            }

            @Override
            public String describe(String path) {
                return "classpath:" + resourceFolder + path;
            }
        };
    }
}
