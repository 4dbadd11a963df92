package org.freqbias.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden entries {@link RunFolder} makes beside a run's output folder DIR, named after it: the
 * staging folder {@code .DIR.run-PID-N}, the previous run moved aside {@code .DIR.old-PID-N}, and
 * the lock file {@code .DIR.lock}. "PID-N" (the process id, then a number) tells one run's entries
 * from another's; DIR's name in them is cut as {@link #shortName} says.
 */
final class RunSiblings {

    /** The two kinds of folders beside DIR, by the word in their names. */
    enum Kind {
        STAGING("run"), ASIDE("old");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** Longest part of DIR's name, in UTF-8 bytes, in the names of its siblings, within the 255-byte limit of a name. */
    private static final int NAME_PART = 100;
    /** Bytes of a cut name kept for the hash that tells two long names apart: "~" and 8 hex digits. */
    private static final int HASH_PART = 9;

    private final Path dir;

    RunSiblings(Path dir) {
        this.dir = dir;
    }

    /** ".DIR.KIND-": the start of the names of DIR's siblings of one kind. */
    String prefix(Kind kind) {
        return "." + shortName(dir) + "." + kind.word + "-";
    }

    /** The sibling of one kind belonging to the run {@code id} ("PID-N"). */
    Path of(Kind kind, String id) {
        return dir.resolveSibling(prefix(kind) + id);
    }

    /** The "PID-N" in the name of {@code sibling}, one of {@link #list}'s or {@link #of}'s of the same kind. */
    String id(Kind kind, Path sibling) {
        return sibling.getFileName().toString().substring(prefix(kind).length());
    }

    /** ".DIR.lock", the lock file of the runs into DIR ({@link FolderLock}). */
    Path lockFile() {
        return dir.resolveSibling("." + shortName(dir) + ".lock");
    }

    /** DIR's siblings of one kind whose names carry a process id. */
    List<Path> list(Kind kind) throws IOException {
        Pattern name = Pattern.compile(Pattern.quote(prefix(kind)) + "\\d+-.*");
        try (Stream<Path> all = Files.list(dir.getParent())) {
            return all.filter(p -> name.matcher(p.getFileName().toString()).matches()).toList();
        }
    }

    /** Whether the process of the run {@code id} ("PID-N") is another process still running. */
    static boolean ofLiveProcess(String id) {
        long pid = Long.parseLong(id.substring(0, id.indexOf('-')));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * DIR's name as its siblings carry it: whole up to {@link #NAME_PART} bytes of UTF-8, else cut
     * there (at a character boundary) with "~" and the hex hash of the whole name, so that two long
     * names starting alike (a sweep's "name" and "name-2") get siblings, and locks, of their own.
     */
    static String shortName(Path dir) {
        String name = dir.getFileName().toString();
        if (name.getBytes(StandardCharsets.UTF_8).length <= NAME_PART) {
            return name;
        }
        int end = 0;
        int bytes = 0;
        while (end < name.length()) {
            int next = name.offsetByCodePoints(end, 1);
            bytes += name.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NAME_PART - HASH_PART) {
                break;
            }
            end = next;
        }
        return name.substring(0, end) + String.format(Locale.ROOT, "~%08x", name.hashCode());
    }
}
