package org.freqbias.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a file, between processes (the operating system's lock,
 * {@link FileChannel#tryLock}) and between threads of this process (a set of the files it holds).
 * The system's lock belongs to the whole process and is dropped when the process closes any channel
 * of the file, so this process never opens a file it holds a second time: a second claim is refused
 * from the set, and the lock file is never read while held.
 *
 * <p>The system releases the lock of a process that ends, {@code kill -9} included, so the lock of a
 * dead process is free by construction. The holder deletes the file before it releases the lock, so
 * nothing stays behind a run that ends. A process that locked the file just as its holder deleted it
 * holds a file no name leads to: after locking, it checks that the name still leads to the file it
 * saw before opening it (same file key, that is device and inode), and tries again otherwise. Only
 * a holder deletes, and only while it holds the lock, so at most one process holds the file the name
 * leads to. (The check would be fooled only if, between its two looks at the name, two other runs
 * each took and released the lock and the file system gave a new file the inode number of a deleted
 * one.)
 */
final class FolderLock {

    /** A new holder meets a file deleted under it only when the holder before it ended in between. */
    private static final int ATTEMPTS = 20;
    /** Lock files held by this process, by real path. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** What {@link #fileKey} gives for a file that is not there. */
    private static final Object GONE = new Object();

    /** The lock is held by another run: of the process named, when its file says. */
    static final class Held extends IOException {
        private final OptionalLong pid;

        Held(Path file, OptionalLong pid) {
            super(file + " is locked");
            this.pid = pid;
        }

        /** The holder's process id, when known. */
        OptionalLong pid() {
            return pid;
        }
    }

    private final Path file;
    private final FileChannel channel;
    private boolean released;

    private FolderLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Takes the lock on {@code file} (created if missing; its folder must exist) without waiting,
     * and writes this process's id into it.
     *
     * @throws Held when another holder, in this process or another, has it
     */
    static FolderLock acquire(Path file) throws IOException {
        Path key = file.getParent().toRealPath().resolve(file.getFileName());
        if (!HELD.add(key)) {
            throw new Held(key, OptionalLong.of(ProcessHandle.current().pid()));
        }
        boolean acquired = false;
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FolderLock lock = tryOnce(key);
                if (lock != null) {
                    acquired = true;
                    return lock;
                }
            }
            throw new IOException("could not lock " + key + ": it was replaced " + ATTEMPTS + " times while being locked");
        } finally {
            if (!acquired) {
                HELD.remove(key);
            }
        }
    }

    /** One attempt: the lock, or null when the file was deleted or replaced meanwhile. */
    private static FolderLock tryOnce(Path key) throws IOException {
        try {
            Files.createFile(key);
        } catch (FileAlreadyExistsException kept) {
            // a run killed with kill -9 left it, or another run holds it
        }
        Object seen = fileKey(key);
        FileChannel channel;
        try {
            channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException deletedMeanwhile) {
            return null;
        }
        boolean locked = false;
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new Held(key, holder(channel));
            }
            if (seen == GONE || !Objects.equals(seen, fileKey(key))) {
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            locked = true;
            return new FolderLock(key, channel);
        } catch (OverlappingFileLockException sameFileOtherName) { // a hard link or a second mount of it
            throw new Held(key, OptionalLong.of(ProcessHandle.current().pid()));
        } finally {
            if (!locked) {
                channel.close();
            }
        }
    }

    /**
     * The file key (device and inode) {@code file} names now, {@link #GONE} when it is missing; null
     * where the file system has no keys (Windows, whose files cannot be deleted while open anyway).
     */
    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return GONE;
        }
    }

    /** The process id the holder wrote, read through our own channel (reading by name would open the file again). */
    private static OptionalLong holder(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(20);
            channel.read(text, 0);
            return OptionalLong.of(Long.parseLong(new String(text.array(), 0, text.position(), StandardCharsets.US_ASCII)));
        } catch (IOException | NumberFormatException e) { // not written yet
            return OptionalLong.empty();
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
