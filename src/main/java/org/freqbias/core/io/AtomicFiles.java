package org.freqbias.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Whole-file writes that either replace the target completely or leave it untouched: bytes go to a
 * temporary file beside the target, which is moved into place only when complete.
 */
public final class AtomicFiles {

    /** Writes the body of a file into the given stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A file being written: text goes to a hidden temporary file; {@link #commit} moves it into
     * place, {@link #close} without commit removes it.
     */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final Path tmp;
        private final OutputStream stream;
        private final BufferedWriter writer;
        private boolean committed;

        private Staged(Path target) throws IOException {
            this.target = target.toAbsolutePath();
            this.tmp = Files.createTempFile(this.target.getParent(), "." + this.target.getFileName(), ".tmp");
            permitReading(tmp, this.target);
            this.stream = Files.newOutputStream(tmp);
            this.writer = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }

        public Writer writer() {
            return writer;
        }

        public OutputStream stream() {
            return stream;
        }

        /** Flushes, closes and moves the temporary file over the target. */
        public void commit() throws IOException {
            writer.close();
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        /**
         * Without {@link #commit}: closes and removes the temporary file, even when closing it fails
         * (on a full disk the final flush does), so that a failed write leaves nothing behind, not
         * even a deleted file held open.
         */
        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    writer.close();
                } finally {
                    try {
                        stream.close(); // the writer leaves it open when its last flush fails
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
            }
        }
    }

    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /**
     * Temporary files are created owner-only; give the result the permissions of the file it
     * replaces, or rw-r--r-- for a new one, as a plain write would.
     */
    private static void permitReading(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target) : READABLE;
        Files.setPosixFilePermissions(tmp, permissions);
    }

    public static Staged stage(Path target) throws IOException {
        return new Staged(target);
    }

    public static void writeString(Path target, String text) throws IOException {
        try (Staged staged = stage(target)) {
            staged.writer().write(text);
            staged.commit();
        }
    }

    public static void write(Path target, Body body) throws IOException {
        try (Staged staged = stage(target)) {
            staged.writer().flush();
            body.writeTo(staged.stream());
            staged.commit();
        }
    }
}
