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

    /** Largest file a session may name (an image target is resampled to at most 256 x 256). */
    long MAX_FILE_BYTES = 64L << 20;

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
                if (!Files.exists(file)) {
                    throw new NoSuchFileException(file.toString());
                }
                if (!Files.isRegularFile(file)) {
                    throw new IOException(file + " is not a regular file (a folder, pipe or device?)");
                }
                if (Files.size(file) > MAX_FILE_BYTES) {
                    throw new IOException(file + " is " + Files.size(file) / (1 << 20) + " MB; files a session names are read whole, "
                            + "at most " + (MAX_FILE_BYTES >> 20) + " MB");
                }
                return Files.newInputStream(file);
            }

            @Override
            public String describe(String path) {
                try {
                    return resolve(path).toString();
                } catch (IOException e) {
                    return path;
                }
            }

            /** The path on disk; an IOException for a string that is no path here. */
            private Path resolve(String path) throws IOException {
                try {
                    return folder == null ? Path.of(path) : folder.resolve(path);
                } catch (java.nio.file.InvalidPathException e) {
                    throw new IOException("\"" + path + "\" is not a valid path: " + e.getReason(), e);
                }
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
