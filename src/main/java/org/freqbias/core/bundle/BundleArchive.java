package org.freqbias.core.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.freqbias.core.io.AtomicFiles;
import org.freqbias.core.io.SafeFileName;

/**
 * A folder as one zip with a manifest: {@value #MANIFEST} lists the SHA-256 of every other entry in
 * the format of {@code sha256sum} ("HEX  name" per line), so that an unpacked bundle can also be
 * checked with {@code sha256sum -c SHA256SUMS}.
 *
 * <p>Extracting trusts nothing in the zip: every entry name is checked before anything is written
 * (relative, '/'-separated, no "." or ".." part, no drive, backslash or control character: an entry
 * named {@code ../x} is refused, never written outside the folder), every entry is read with a
 * bound counted on the bytes really inflated ({@link #MAX_ENTRY_BYTES}, {@link #MAX_TOTAL_BYTES}),
 * and every file must be listed in the manifest with the SHA-256 it has. On any refusal the files
 * extracted so far are removed.
 */
public final class BundleArchive {

    public static final String MANIFEST = "SHA256SUMS";
    /** Largest entry read (a 2D run's spectra.csv at the largest grid is well below). */
    public static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Largest sum of all entries read. */
    public static final long MAX_TOTAL_BYTES = 4L << 30;
    /** Most entries in a bundle. */
    public static final int MAX_ENTRIES = 10_000;
    static final int MAX_MANIFEST_BYTES = 4 << 20;
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");
    private static final Pattern BAD_CHARACTER = Pattern.compile("[\\p{Cntrl}\\\\:]");
    /** Fixed entry times: the same files give the same zip bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private BundleArchive() {
    }

    // ---------------------------------------------------------------- write

    /**
     * Writes every regular file under {@code folder} (entry names relative to it, in sorted order)
     * and the manifest into {@code zip}, atomically (a temporary file beside it, then a move).
     */
    public static void write(Path zip, Path folder) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    String name = folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                    files.put(checkedName(name), p);
                }
            }
        }
        if (files.containsKey(MANIFEST)) {
            throw new IllegalArgumentException(folder + " already holds a " + MANIFEST);
        }
        AtomicFiles.write(zip, out -> {
            ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8);
            StringBuilder manifest = new StringBuilder();
            for (Map.Entry<String, Path> f : files.entrySet()) {
                byte[] bytes = Files.readAllBytes(f.getValue());
                put(z, f.getKey(), bytes);
                manifest.append(HexFormat.of().formatHex(sha256().digest(bytes))).append("  ").append(f.getKey()).append('\n');
            }
            put(z, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
            z.finish();
            z.flush();
        });
    }

    private static void put(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        z.putNextEntry(entry);
        z.write(bytes);
        z.closeEntry();
    }

    // ---------------------------------------------------------------- extract

    /**
     * Checks {@code zip} and extracts its files into {@code dir} (created if missing).
     *
     * @return the names of the files extracted, manifest included, in the zip's order
     * @throws BundleException when the bundle is refused (the message names the entry and why);
     *     then nothing of it stays in {@code dir}
     */
    public static List<String> extract(Path zip, Path dir) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new BundleException(zip + " is not a bundle file (missing, or a folder, pipe or device?)");
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = extract(z, dir, written);
            done = true;
            return names;
        } catch (ZipException | EOFException e) {
            throw new BundleException(zip + " is not a complete bundle: not a readable zip file (" + e.getMessage() + ")", e);
        } catch (BundleException e) {
            throw new BundleException(zip + ": " + e.getMessage(), e.getCause());
        } finally {
            if (!done) {
                for (Path p : written) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<String> extract(ZipFile z, Path dir, List<Path> written) throws IOException {
        if (z.size() > MAX_ENTRIES) {
            throw new BundleException("holds " + z.size() + " entries; a bundle has at most " + MAX_ENTRIES);
        }
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (entry.isDirectory()) {
                checkedName(entry.getName().substring(0, entry.getName().length() - 1));
                continue;
            }
            if (files.put(checkedName(entry.getName()), entry) != null) {
                throw new BundleException("entry " + entry.getName() + " appears twice");
            }
        }
        ZipEntry manifestEntry = files.get(MANIFEST);
        if (manifestEntry == null) {
            throw new BundleException("not a bundle: it has no " + MANIFEST);
        }
        Map<String, String> listed = manifest(z, manifestEntry);
        for (String name : files.keySet()) {
            if (!name.equals(MANIFEST) && !listed.containsKey(name)) {
                throw new BundleException("entry " + name + " is not listed in " + MANIFEST);
            }
        }
        for (String name : listed.keySet()) {
            if (!files.containsKey(name)) {
                throw new BundleException("entry " + name + " listed in " + MANIFEST + " is missing (a partial bundle?)");
            }
        }
        long[] total = {0};
        for (Map.Entry<String, ZipEntry> f : files.entrySet()) {
            Path target = SafeFileName.resolveInside(dir, f.getKey());
            Files.createDirectories(target.getParent());
            written.add(target);
            String sha = copy(z, f.getValue(), target, total);
            String expected = f.getKey().equals(MANIFEST) ? sha : listed.get(f.getKey());
            if (!sha.equals(expected)) {
                throw new BundleException("entry " + f.getKey() + " does not match its SHA-256 in " + MANIFEST
                        + ": the bundle was changed after it was written");
            }
        }
        return new ArrayList<>(files.keySet());
    }

    /** The manifest's lines: SHA-256 by entry name. */
    private static Map<String, String> manifest(ZipFile z, ZipEntry entry) throws IOException {
        byte[] data;
        try (InputStream in = z.getInputStream(entry)) {
            data = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        }
        if (data.length > MAX_MANIFEST_BYTES) {
            throw new BundleException(MANIFEST + " is larger than " + MAX_MANIFEST_BYTES + " bytes: not a bundle's");
        }
        Map<String, String> out = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : new String(data, StandardCharsets.UTF_8).split("\n")) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new BundleException(MANIFEST + " line " + lineNumber + " is not \"SHA256  name\" (64 lowercase hex digits, two spaces)");
            }
            if (out.put(checkedName(m.group(2)), m.group(1)) != null) {
                throw new BundleException(MANIFEST + " lists " + m.group(2) + " twice");
            }
        }
        return out;
    }

    /** Copies one entry to {@code target}, bounded by the bytes really read; returns its SHA-256. */
    private static String copy(ZipFile z, ZipEntry entry, Path target, long[] total) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = z.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                total[0] += n;
                if (size > MAX_ENTRY_BYTES) {
                    throw new BundleException("entry " + entry.getName() + " is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
                }
                if (total[0] > MAX_TOTAL_BYTES) {
                    throw new BundleException("the entries add up to more than " + (MAX_TOTAL_BYTES >> 20) + " MB");
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * {@code name} if it is a relative path that stays inside the folder it is extracted into:
     * '/'-separated parts, none empty, "." or "..", no backslash, colon or control character.
     */
    static String checkedName(String name) throws BundleException {
        boolean bad = name.isEmpty() || name.length() > 1000 || name.startsWith("/") || BAD_CHARACTER.matcher(name).find();
        for (String part : name.split("/", -1)) {
            bad |= part.isEmpty() || part.equals(".") || part.equals("..");
        }
        if (bad) {
            throw new BundleException("entry name \"" + name.replaceAll("\\p{Cntrl}", "?")
                    + "\" is not a plain relative path (it could write outside the output folder): refused");
        }
        return name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
