package org.freqbias.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a file, between processes (the operating system's lock,
 * {@link FileChannel#tryLock}) and between threads of this process (a set of the files it holds:
 * the system's lock belongs to the whole process, and closing any other channel of the file would
 * drop it, so a second claim in this process never opens the file).
 *
 * <p>The system releases the lock of a process that ends, {@code kill -9} included, so the lock of a
 * dead process is free by construction. The holder deletes the file before it releases the lock, so
 * nothing stays behind a run that ends. A process that locked the file just as its holder deleted
 * it holds a file no name leads to; it finds out because the token it wrote into its file (its
 * process id and a random id) is not what the name reads, and tries again on a new file. Only the
 * holder deletes, and only while it holds the lock, so at most one process at a time holds the file
 * the name leads to.
 */
final class FolderLock {

    /** A new holder meets a file deleted under it only when the holder before it ended in between. */
    private static final int ATTEMPTS = 20;
    /** Lock files held by this process, by real path. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private boolean released;

    private FolderLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Takes the lock on {@code file} (created if missing; its folder must exist), without waiting.
     *
     * @return the lock, or empty when another holder, in this process or another, has it
     */
    static Optional<FolderLock> tryAcquire(Path file) throws IOException {
        Path key = file.getParent().toRealPath().resolve(file.getFileName());
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        boolean acquired = false;
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                try {
                    FileLock lock = channel.tryLock();
                    if (lock == null) {
                        return Optional.empty();
                    }
                    String token = ProcessHandle.current().pid() + " " + UUID.randomUUID();
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
                    channel.force(false);
                    if (token.equals(read(key))) {
                        acquired = true;
                        return Optional.of(new FolderLock(key, channel));
                    }
                } catch (OverlappingFileLockException sameFileOtherName) { // a hard link or a second mount of it
                    return Optional.empty();
                } finally {
                    if (!acquired) {
                        channel.close();
                    }
                }
            }
            throw new IOException("could not lock " + key + ": it was replaced " + ATTEMPTS + " times while being locked");
        } finally {
            if (!acquired) {
                HELD.remove(key);
            }
        }
    }

    /** The process id written in {@code file} by its holder, if it can be read. */
    static OptionalLong holder(Path file) {
        String text = read(file);
        int space = text.indexOf(' ');
        try {
            return space > 0 ? OptionalLong.of(Long.parseLong(text.substring(0, space))) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) { // deleted by its holder, or not text: not the token looked for
            return "";
        }
    }

    /** Deletes the file, then releases the lock; nothing when already released. */
    synchronized void release() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(file);
            }
        }
    }
}
