package org.freqbias.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.freqbias.core.io.RunSiblings.Kind;
import java.util.stream.Stream;

/**
 * The output folder of a run, replaced as a whole, and always a real folder. The run writes into a
 * hidden staging folder beside the output folder DIR ({@code .DIR.run-PID-N}, on DIR's disk);
 * {@link #commit} then renames DIR aside ({@code .DIR.old-PID-N}), renames the staging folder to DIR
 * and deletes the old one. So a reader of DIR sees one whole run: the previous one until the new
 * one is complete, then the new one alone (old PNGs included), never a mix; a run killed before the
 * commit (kill -9 included) leaves the previous run whole, and a failed run (a full disk) leaves
 * nothing behind.
 *
 * <p>The one instant DIR is absent is between the two renames of the commit (two system calls). A
 * SIGTERM or SIGINT waits for the commit to end (the shutdown hook and the commit are
 * synchronized); only a kill -9 landing exactly there leaves DIR absent, with the old run and the complete new one beside
 * it, and the next run into DIR first finishes that commit ({@link #recover}: DIR absent while a
 * dead process's folder moved aside exists means its staging folder was complete). We chose this
 * over renaming a symbolic link over DIR (atomic at every instant) because DIR then would be a link
 * to a hidden folder: {@code cp -r} and archivers copy the link, not the results, and moving DIR to
 * another folder breaks it. Java has no atomic exchange of two folders (Linux's renameat2).
 *
 * <p>Leftovers of killed runs (staging folders and folders moved aside, of processes that are gone)
 * are removed by the next run into the same DIR; SIGTERM and SIGINT remove the staging folder through
 * a shutdown hook. DIR may be missing, empty, or hold an earlier run's files (a summary.json, and
 * nothing but files named as a run names them); a folder holding anything else is refused, since the
 * run replaces the whole folder.
 *
 * <p>One run at a time writes DIR: {@link #open} takes a lock on the hidden file {@code .DIR.lock}
 * beside DIR ({@link FolderLock}) and refuses DIR while another run, of this process or another,
 * holds it, before it touches anything; runs into different folders (a sweep's jobs) never wait on
 * each other. The lock is released, and its file deleted, at {@link #close} or by the shutdown hook;
 * the system releases the lock of a process killed with {@code kill -9}, whose file stays until the
 * next run into DIR takes it and deletes it at its end, as it does the killed run's staging folder.
 *
 * <p>The new DIR keeps the POSIX permissions of the folder it replaces ({@code chmod 750 DIR}
 * survives a re-run); a first run's DIR is {@code rwxr-xr-x}.
 */
public final class RunFolder implements AutoCloseable {

    /** The files a run writes, recognized in a folder holding an earlier run. */
    private static final Pattern RUN_FILE = Pattern.compile("(spectra|peaks|loss)\\.csv|summary\\.json|.+\\.(png|svg)|\\..+\\.tmp");
    private static final int MAX_HOPS = 40;

    /**
     * Refusal of an output folder the run may not replace (a file, a folder of other files, one
     * another run is writing), with the reason.
     */
    public static final class NotReplaceable extends FileSystemException {
        NotReplaceable(String file, String other, String reason) {
            super(file, other, reason);
        }
    }

    private final Path dir;
    private final RunSiblings siblings;
    private final Path staging;
    private final FolderLock lock;
    private final Thread cleanup;
    private boolean committed;
    private boolean aborted;

    private RunFolder(Path dir, Path staging, FolderLock lock) {
        this.dir = dir;
        this.siblings = new RunSiblings(dir);
        this.staging = staging;
        this.lock = lock;
        this.cleanup = new Thread(this::abort, "freqbias-run-folder-cleanup");
    }

    /**
     * Prepares a run into {@code out}: takes DIR's lock, finishes the commit of a run killed in its
     * middle, checks that {@code out} may be replaced, removes the leftovers of killed runs beside it,
     * creates the staging folder and registers the cleanup on SIGTERM/SIGINT.
     *
     * @throws NotReplaceable naming {@code out} when another run is writing it, when it is a file or
     *     when it holds files that are not a run's
     */
    public static RunFolder open(Path out) throws IOException {
        Path dir = target(out);
        Files.createDirectories(dir.getParent());
        RunSiblings siblings = new RunSiblings(dir);
        FolderLock lock;
        try {
            lock = FolderLock.acquire(siblings.lockFile());
        } catch (FolderLock.Held e) {
            throw busy(dir, e);
        }
        RunFolder folder;
        try {
            finishKilledCommit(dir);
            checkReplaceable(dir);
            removeLeftovers(siblings);
            Path staging = Files.createTempDirectory(dir.getParent(), siblings.prefix(Kind.STAGING) + ProcessHandle.current().pid() + "-");
            folder = new RunFolder(dir, staging, lock);
        } catch (IOException | RuntimeException e) {
            try {
                lock.release();
            } catch (IOException second) {
                e.addSuppressed(second);
            }
            throw e;
        }
        try {
            permitReading(folder.staging);
            Runtime.getRuntime().addShutdownHook(folder.cleanup);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /** The refusal of a DIR another run holds the lock of, naming that run's process when its lock file says it. */
    private static NotReplaceable busy(Path dir, FolderLock.Held held) {
        String who = held.pid().stream()
                .mapToObj(pid -> pid == ProcessHandle.current().pid() ? " (in this process)" : " (process " + pid + ")")
                .findFirst().orElse("");
        return new NotReplaceable(dir.toString(), null, "another run is writing it" + who
                + "; wait for that run to end, or choose another output folder");
    }

    /** The folder the user named, with their links followed. */
    public Path dir() {
        return dir;
    }

    /** Where the run writes its files until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /**
     * {@code name} in the staging folder, checked to stay inside it ({@link SafeFileName#resolveInside}).
     *
     * @throws FileSystemException when the name would leave the folder
     */
    public Path file(String name) throws IOException {
        return SafeFileName.resolveInside(staging, name);
    }

    /**
     * Makes the staged run the content of DIR (DIR aside, the staging folder renamed to DIR, with the
     * previous DIR's POSIX permissions) and removes the previous run. Call when every file is written
     * and closed.
     *
     * @throws IOException when a rename fails (DIR then still holds the previous run)
     */
    public synchronized void commit() throws IOException {
        if (aborted) {
            throw new IOException("the run was stopped before its results were moved into " + dir);
        }
        Path previous = null;
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            keepPermissions(dir, staging);
            previous = siblings.of(Kind.ASIDE, siblings.id(Kind.STAGING, staging));
            move(dir, previous);
        }
        try {
            move(staging, dir);
        } catch (IOException e) {
            if (previous != null) {
                move(previous, dir);
            }
            throw e;
        }
        committed = true;
        if (previous != null) {
            deleteTree(previous);
        }
    }

    /** Releases DIR's lock; without {@link #commit}, first removes the staging folder, so DIR keeps the previous run. */
    @Override
    public synchronized void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself runs abort()
        }
        try {
            if (!committed) {
                aborted = true;
                deleteTree(staging);
            }
        } finally {
            lock.release();
        }
    }

    /** The shutdown hook: a run stopped by a signal leaves nothing behind, its lock file included. */
    private synchronized void abort() {
        if (!committed) {
            aborted = true;
            try {
                deleteTree(staging);
            } catch (IOException | RuntimeException e) { // the run may still be writing into it
                System.err.println("could not remove " + staging + ": " + e.getMessage());
            }
        }
        try {
            lock.release();
        } catch (IOException e) {
            System.err.println("could not remove the lock file beside " + dir + ": " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** {@code out} made absolute, with the links a user made resolved (the run replaces the folder a link names). */
    private static Path target(Path out) throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(dir); hops++) {
            if (hops == MAX_HOPS) {
                throw new NotReplaceable(out.toString(), null, "too many levels of symbolic links");
            }
            dir = dir.resolveSibling(Files.readSymbolicLink(dir)).normalize();
        }
        if (dir.getParent() == null) {
            throw new NotReplaceable(out.toString(), null, "a run replaces its whole output folder; name a folder below the root");
        }
        if (dir.equals(Path.of("").toAbsolutePath().normalize())) {
            // Replacing it would leave the user's shell in a deleted folder.
            throw new NotReplaceable(out.toString(), null, "is the current folder; a run replaces its whole output folder, "
                    + "so name a folder inside it, such as --out results");
        }
        return dir;
    }

    /**
     * Finishes the commit of a run killed between its two renames: DIR absent while the folder a dead
     * process moved aside exists means that process's staging folder was complete, so it becomes
     * DIR. Anything else a killed run left is a leftover ({@link #removeLeftovers}). {@link #open}
     * does this first; a reader that finds DIR missing may call it too.
     */
    public static void recover(Path out) throws IOException {
        finishKilledCommit(target(out));
    }

    private static void finishKilledCommit(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        RunSiblings siblings = new RunSiblings(dir);
        for (Path aside : siblings.list(Kind.ASIDE)) {
            String id = siblings.id(Kind.ASIDE, aside);
            Path complete = siblings.of(Kind.STAGING, id);
            if (!RunSiblings.ofLiveProcess(id) && Files.isDirectory(complete, LinkOption.NOFOLLOW_LINKS)) {
                move(complete, dir);
                return;
            }
        }
    }

    /** Refuses a DIR that is not a folder, or a folder holding files that a run did not write. */
    private static void checkReplaceable(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotReplaceable(dir.toString(), null, "is a file, not a folder; give a folder for the results");
        }
        List<String> foreign = new ArrayList<>();
        boolean summary = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                summary |= name.equals("summary.json");
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) || !RUN_FILE.matcher(name).matches()) {
                    foreign.add(name);
                }
            }
        }
        if (foreign.isEmpty() && !summary && hasEntries(dir)) {
            foreign.add("files but no summary.json");
        }
        if (!foreign.isEmpty()) {
            throw new NotReplaceable(dir.toString(), null, "holds " + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                    + (foreign.size() > 3 ? " and " + (foreign.size() - 3) + " more" : "")
                    + ", not a run's results; a run replaces the whole folder, so give a new or empty folder, or move them away");
        }
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    /**
     * Removes what killed runs into {@code dir} left beside it (staging folders and folders moved
     * aside) of processes that are gone. A process still alive (another run into the same DIR)
     * keeps its own.
     */
    private static void removeLeftovers(RunSiblings siblings) throws IOException {
        for (Kind kind : Kind.values()) {
            for (Path sibling : siblings.list(kind)) {
                if (!RunSiblings.ofLiveProcess(siblings.id(kind, sibling))) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Gives {@code to} the POSIX permissions of {@code from}, where the file system has them. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** A temporary folder is owner-only; give the run folder the rwxr-xr-x a plain mkdir gives. */
    private static void permitReading(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Deletes {@code root} and everything below it, never following links; nothing when it is missing. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
