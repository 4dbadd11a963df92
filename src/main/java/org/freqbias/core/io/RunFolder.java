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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder of a run, replaced as a whole. The run writes into a hidden staging folder
 * beside the output folder DIR ({@code .DIR.run-PID-N}); {@link #commit} then makes DIR a symbolic
 * link to it by renaming a new link over DIR, one atomic step. So a reader of DIR sees, at every
 * instant, one whole run: the previous one until the new one is complete, then the new one; a run
 * killed at any moment (kill -9 included) leaves the previous run whole and never a mix, and a
 * failed run (a full disk) leaves nothing behind. Leftovers of killed runs (staging folders of
 * processes that are gone) are removed by the next run into the same DIR; SIGTERM and SIGINT remove
 * the staging folder through a shutdown hook.
 *
 * <p>DIR may be missing, empty, a link made by an earlier run, or a plain folder holding an earlier
 * run's files (a folder written before runs were staged, or where links are not available: a
 * summary.json, and nothing but files named as a run names them): such a folder is moved aside and
 * DIR becomes the link, the one moment DIR is briefly absent. A folder holding anything else is
 * refused, since the run replaces the whole folder. Where the file system
 * has no symbolic links (Windows without developer mode) the swap is two renames instead: DIR is
 * then absent for the instant between them.
 */
public final class RunFolder implements AutoCloseable {

    /** Longest part of DIR's name in the names of its siblings, within the 255-byte limit of a name. */
    private static final int NAME_PART = 100;
    /** The files a run writes, recognized in a plain folder written before runs were staged. */
    private static final Pattern RUN_FILE = Pattern.compile("(spectra|peaks|loss)\\.csv|summary\\.json|.+\\.(png|svg)|\\..+\\.tmp");
    private static final int MAX_HOPS = 40;
    /** Staging folders of runs of this process not yet committed or closed. */
    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    /** Refusal of an output folder the run may not replace (a file, a folder of other files), with the reason. */
    public static final class NotReplaceable extends FileSystemException {
        NotReplaceable(String file, String other, String reason) {
            super(file, other, reason);
        }
    }

    private final Path dir;
    private final Path staging;
    private final boolean links;
    private final Thread cleanup;
    private boolean committed;
    private boolean aborted;

    private RunFolder(Path dir, Path staging, boolean links) {
        this.dir = dir;
        this.staging = staging;
        this.links = links;
        this.cleanup = new Thread(this::abort, "freqbias-run-folder-cleanup");
    }

    /**
     * Prepares a run into {@code out}: checks that it may be replaced, removes the leftovers of
     * killed runs beside it, creates the staging folder and registers the cleanup on SIGTERM/SIGINT.
     *
     * @throws NotReplaceable naming {@code out} when it is a file or holds files that are not a run's
     */
    public static RunFolder open(Path out) throws IOException {
        return open(out, true);
    }

    /** As {@link #open(Path)}; {@code links} false swaps by two renames, as where links are not available. */
    static RunFolder open(Path out, boolean links) throws IOException {
        Path dir = target(out);
        Files.createDirectories(dir.getParent());
        checkReplaceable(dir);
        removeLeftovers(dir);
        Path staging = Files.createTempDirectory(dir.getParent(), prefix(dir, "run") + ProcessHandle.current().pid() + "-");
        ACTIVE.add(staging);
        RunFolder folder = new RunFolder(dir, staging, links);
        try {
            permitReading(staging);
            Runtime.getRuntime().addShutdownHook(folder.cleanup);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /** The folder the user named (links the user made are followed, a link of an earlier run is not). */
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
     * Makes the staged run the content of DIR in one step and removes the previous run. Call when
     * every file is written and closed.
     *
     * @throws IOException when the swap fails (DIR then still holds the previous run)
     */
    public synchronized void commit() throws IOException {
        if (aborted) {
            throw new IOException("the run was stopped before its results were moved into " + dir);
        }
        Path previous = links ? swapLink() : swapByRenames();
        committed = true;
        ACTIVE.remove(staging);
        if (previous != null) {
            deleteTree(previous);
        }
    }

    /** Without {@link #commit}: removes the staging folder; DIR keeps the previous run. */
    @Override
    public synchronized void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself runs abort()
        }
        if (!committed) {
            aborted = true;
            ACTIVE.remove(staging);
            deleteTree(staging);
        }
    }

    /** The shutdown hook: a run stopped by a signal leaves nothing behind. */
    private synchronized void abort() {
        if (!committed) {
            aborted = true;
            try {
                deleteTree(staging);
            } catch (IOException | RuntimeException e) { // the run may still be writing into it
                System.err.println("could not remove " + staging + ": " + e.getMessage());
            }
        }
    }

    /** Renames a new link to the staging folder over DIR; returns the folder of the previous run, or null. */
    private Path swapLink() throws IOException {
        Path previous = linkedRun(dir);
        if (previous == null && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            previous = moveAside();
        }
        Path link = dir.resolveSibling(prefix(dir, "link") + id());
        Files.createSymbolicLink(link, staging.getFileName());
        try {
            Files.move(link, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(link);
            throw e;
        }
        return previous;
    }

    /** Where links are not available: DIR aside, the staging folder renamed to DIR. */
    private Path swapByRenames() throws IOException {
        Path previous = Files.exists(dir, LinkOption.NOFOLLOW_LINKS) ? moveAside() : null;
        move(staging, dir);
        return previous;
    }

    /** Moves the plain folder DIR (empty, or an earlier run) aside and returns where it went. */
    private Path moveAside() throws IOException {
        Path aside = dir.resolveSibling(prefix(dir, "old") + id());
        move(dir, aside);
        return aside;
    }

    /** "PID-N", what tells this run's siblings from other runs'. */
    private String id() {
        return staging.getFileName().toString().substring(prefix(dir, "run").length());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** {@code out} made absolute, with the links a user made resolved (a run's own link is kept). */
    private static Path target(Path out) throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        if (dir.getParent() == null) {
            throw new NotReplaceable(dir.toString(), null, "a run replaces its whole output folder; name a folder below the root");
        }
        // Follow the user's links one at a time: a link to a run's link must stop at that link.
        for (int hops = 0; Files.isSymbolicLink(dir) && linkedRun(dir) == null; hops++) {
            if (hops == MAX_HOPS) {
                throw new NotReplaceable(out.toString(), null, "too many levels of symbolic links");
            }
            dir = dir.resolveSibling(Files.readSymbolicLink(dir)).normalize();
            if (dir.getParent() == null) {
                throw new NotReplaceable(out.toString(), null, "links to the root; name a folder below it");
            }
        }
        return dir;
    }

    /** Refuses a DIR that is not a folder, or a folder holding files that a run did not write. */
    private static void checkReplaceable(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || linkedRun(dir) != null) {
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

    /** The run folder a link made by {@link #commit} points to, or null when {@code dir} is no such link. */
    private static Path linkedRun(Path dir) throws IOException {
        if (!Files.isSymbolicLink(dir)) {
            return null;
        }
        Path target = Files.readSymbolicLink(dir);
        boolean ours = target.getNameCount() == 1 && !target.isAbsolute()
                && target.toString().startsWith(prefix(dir, "run"));
        return ours ? dir.resolveSibling(target) : null;
    }

    /**
     * Removes what killed runs into {@code dir} left beside it: staging folders, folders moved aside
     * and links, of processes that are gone, except the folder DIR links to. A process still alive
     * (another run into the same DIR) keeps its own.
     */
    private static void removeLeftovers(Path dir) throws IOException {
        Path current = linkedRun(dir);
        Pattern leftover = Pattern.compile(Pattern.quote(prefix(dir, "")) + "(run|old|link)-(\\d+)-.*");
        try (Stream<Path> siblings = Files.list(dir.getParent())) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                Matcher m = leftover.matcher(sibling.getFileName().toString());
                if (m.matches() && !sibling.equals(current) && !ACTIVE.contains(sibling) && !alive(Long.parseLong(m.group(2)))) {
                    deleteTree(sibling);
                }
            }
        }
    }

    private static boolean alive(long pid) {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** ".DIR.KIND-": the start of the names of DIR's siblings of one kind (DIR's name cut to {@link #NAME_PART}). */
    private static String prefix(Path dir, String kind) {
        String name = dir.getFileName().toString();
        if (name.length() > NAME_PART) {
            name = name.substring(0, NAME_PART);
        }
        return "." + name + "." + kind + (kind.isEmpty() ? "" : "-");
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
