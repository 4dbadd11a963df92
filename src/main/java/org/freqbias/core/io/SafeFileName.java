package org.freqbias.core.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * File names made from text a user typed (a session's name): {@link #stem} turns any text into a
 * stem that stays one plain file name on Linux, macOS and Windows, and {@link #resolveInside} checks
 * that a name resolved in a folder does not leave it.
 */
public final class SafeFileName {

    /** Longest stem in characters, leaving room for a suffix such as "-learning-time.png" within 255 bytes. */
    public static final int MAX_LENGTH = 100;

    /** The stem of text with nothing usable in it. */
    public static final String FALLBACK = "session";

    private static final String FORBIDDEN = "/\\:*?\"<>|";
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    /**
     * A file-name stem for {@code text}: path separators, characters Windows forbids and control
     * characters become '_', ".." becomes '_', leading dots and dashes (hidden files, options) and
     * trailing dots and spaces (dropped by Windows) are removed, the length is cut to
     * {@link #MAX_LENGTH} characters (never inside a surrogate pair), a Windows device name (CON,
     * NUL, COM1, ...) gets a '_' in front, and empty text gives {@link #FALLBACK}. Text that is
     * already a plain name comes back unchanged.
     */
    public static String stem(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 4 * MAX_LENGTH));
        for (int i = 0; i < text.length() && b.length() < 4 * MAX_LENGTH; i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0 ? '_' : c);
        }
        String s = b.toString();
        while (s.contains("..")) {
            s = s.replace("..", "_");
        }
        s = s.replaceFirst("^[.\\-\\s]+", "");
        s = cut(s, MAX_LENGTH).replaceFirst("[.\\s]+$", "");
        if (s.isEmpty()) {
            return FALLBACK;
        }
        String device = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        return WINDOWS_RESERVED.contains(device.trim().toUpperCase(Locale.ROOT)) ? "_" + s : s;
    }

    private static String cut(String s, int length) {
        if (s.length() <= length) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length;
        return s.substring(0, end);
    }

    /**
     * {@code folder}/{@code fileName}, after checking that it stays inside {@code folder}: the
     * normalized path must lie under the folder's real path, and so must the real path of whatever
     * already exists there (a symbolic link may point elsewhere). The folder must exist.
     *
     * @throws FileSystemException naming the file when it would leave the folder
     */
    public static Path resolveInside(Path folder, String fileName) throws IOException {
        Path root = folder.toRealPath();
        Path file = root.resolve(fileName).normalize();
        boolean inside = file.startsWith(root) && !file.equals(root);
        if (inside && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Path real = Files.isSymbolicLink(file) && !Files.exists(file) ? root : file.toRealPath();
            inside = real.startsWith(root) && !real.equals(root);
        }
        if (!inside) {
            throw new FileSystemException(file.toString(), null, "would leave the folder " + root);
        }
        return file;
    }
}
