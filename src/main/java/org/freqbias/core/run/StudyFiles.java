package org.freqbias.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.freqbias.core.io.AtomicFiles;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionException;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.SessionFolder;

/**
 * Studies on disk: all runs of a library in one zip file, saved atomically and opened for replay
 * and comparison without training. Format version {@value #VERSION}:
 * <pre>
 *   manifest.json            {"format": "freqbias-study", "version": 1, "runs": ["runs/1", ...] (newest first),
 *                             "entries": {NAME: {"bytes": N, "sha256": HEX}, ...} for every other entry}
 *   runs/K/session.json      the run's effective session (seed included)
 *   runs/K/files/I.png|.csv  the files the session names (an image as 16-bit gray, a CSV's samples)
 *   runs/K/run.json          name, pin, steps done, divergence, peaks, agreement figures, table counts
 *   runs/K/tables.bin        the numbers ({@link RecordTables}: kept snapshots, learning times, agreement)
 * </pre>
 * Opening checks everything before it returns: a truncated zip, a missing or unlisted entry, a size
 * or SHA-256 that differs from the manifest, a bad session inside, counts that the session does not
 * imply or that would not fit in half the heap: each is a {@link StudyException} naming the file
 * and what is wrong, and nothing is returned. Every read is bounded by a size known before it
 * (the manifest's, checked against a limit per kind of entry); no entry is ever written to disk.
 */
public final class StudyFiles {

    public static final String FORMAT = "freqbias-study";
    public static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final int MAX_MANIFEST_BYTES = 4 << 20;
    static final int MAX_RUN_JSON_BYTES = 1 << 20;
    /** Most runs in one study. */
    public static final int MAX_RUNS = 10_000;
    /** Share of the heap the numbers of an opened study may take. */
    static final double HEAP_SHARE = 0.5;

    /** An entry as the manifest lists it. */
    private record Listed(long bytes, String sha256) {
    }

    private StudyFiles() {
    }

    // ---------------------------------------------------------------- save

    /** Writes {@code study} to {@code file} atomically (a temporary file beside it, then a move). */
    public static void save(Path file, Study study) throws IOException {
        AtomicFiles.write(file, out -> write(out, study));
    }

    private static void write(OutputStream out, Study study) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        Map<String, Listed> listed = new LinkedHashMap<>();
        ArrayNode runs = JsonNodeFactory.instance.arrayNode();
        int index = 1;
        for (Study.Run run : study.runs()) {
            String dir = "runs/" + index++;
            runs.add(dir);
            RunRecord r = run.record();
            Map<String, String> fileEntries = new LinkedHashMap<>();
            int file = 1;
            for (Map.Entry<String, byte[]> f : StoredFiles.of(r.session()).entrySet()) {
                String entry = dir + "/files/" + file++ + (f.getKey().toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : ".png");
                put(zip, entry, listed, o -> o.write(f.getValue()));
                fileEntries.put(f.getKey(), entry);
            }
            byte[] session = SessionFiles.toJsonString(r.session()).getBytes(StandardCharsets.UTF_8);
            put(zip, dir + "/session.json", listed, o -> o.write(session));
            byte[] meta = StudyJson.writer().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(RunMeta.of(run.name(), run.pinned(), r, fileEntries).toJson());
            put(zip, dir + "/run.json", listed, o -> o.write(meta));
            put(zip, dir + "/tables.bin", listed, o -> RecordTables.write(r, o));
        }
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.set("runs", runs);
        ObjectNode entries = manifest.putObject("entries");
        listed.forEach((name, l) -> entries.putObject(name).put("bytes", l.bytes()).put("sha256", l.sha256()));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(StudyJson.writer().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** Writes one entry and lists its size and SHA-256. */
    private static void put(ZipOutputStream zip, String name, Map<String, Listed> listed, AtomicFiles.Body body)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha = sha256();
        long[] count = {0};
        OutputStream tap = new FilterOutputStream(zip) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                sha.update(b, off, len);
                count[0] += len;
                zip.write(b, off, len);
            }

            @Override
            public void close() {
                // the zip stays open for the next entry
            }
        };
        body.writeTo(tap);
        zip.closeEntry();
        listed.put(name, new Listed(count[0], HexFormat.of().formatHex(sha.digest())));
    }

    // ---------------------------------------------------------------- open

    /**
     * Opens a study: every run's record, name and pin, newest first.
     *
     * @throws StudyException when the file is not a complete, intact study of a version this program
     *     reads (the message names the file and what is wrong)
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    public static Study open(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new StudyException(file + " is not a study file (a folder, pipe or device?)");
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return read(zip, file.toString());
        } catch (ZipException | EOFException e) {
            throw new StudyException(file + " is not a complete study: it is not a readable zip file (" + e.getMessage()
                    + "); was it cut short while being copied or saved?", e);
        } catch (StudyException e) {
            throw new StudyException(file + ": " + e.getMessage(), e.getCause());
        }
    }

    private static Study read(ZipFile zip, String file) throws IOException {
        Map<String, ZipEntry> present = entries(zip);
        ZipEntry manifestEntry = present.remove(MANIFEST);
        if (manifestEntry == null) {
            throw new StudyException("not a study: it has no " + MANIFEST);
        }
        StudyJson manifest = StudyJson.parse(readAll(zip, manifestEntry, MAX_MANIFEST_BYTES), MANIFEST);
        checkFormat(manifest);
        Map<String, Listed> listed = listed(manifest);
        for (String name : present.keySet()) {
            if (!listed.containsKey(name)) {
                throw new StudyException("entry " + name + " is not listed in " + MANIFEST);
            }
        }
        for (String name : listed.keySet()) {
            if (!present.containsKey(name)) {
                throw new StudyException("entry " + name + " is missing (a partial study?)");
            }
        }
        List<String> dirs = runDirs(manifest, listed.keySet());
        Entries entries = new Entries(zip, present, listed);

        List<RunMeta> metas = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        long tableBytes = 0;
        for (String dir : dirs) {
            RunMeta meta = RunMeta.parse(entries.bytes(dir + "/run.json", MAX_RUN_JSON_BYTES), dir + "/run.json");
            Session session = session(entries, dir, meta);
            meta.check(session, dir + "/run.json");
            String tables = dir + "/tables.bin";
            if (entries.size(tables) != meta.layout().bytes()) {
                throw new StudyException(tables + " is " + entries.size(tables) + " bytes; its layout in run.json needs "
                        + meta.layout().bytes());
            }
            tableBytes += meta.layout().bytes();
            metas.add(meta);
            sessions.add(session);
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (tableBytes > HEAP_SHARE * heap) {
            throw new StudyException(String.format(Locale.ROOT, "this study holds %.0f MB of numbers, more than half "
                    + "the %.0f MB heap; give java a larger -Xmx", tableBytes / 1e6, heap / 1e6));
        }
        List<Study.Run> runs = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            RunMeta meta = metas.get(i);
            String tables = dirs.get(i) + "/tables.bin";
            RecordTables.Decoded d = entries.tables(tables, meta.layout());
            runs.add(new Study.Run(meta.name(), meta.pinned(), record(sessions.get(i), meta, d, tables)));
        }
        return new Study(runs);
    }

    private static void checkFormat(StudyJson manifest) throws StudyException {
        String format = manifest.text("format");
        if (!format.equals(FORMAT)) {
            throw new StudyException("not a study: " + MANIFEST + " says format \"" + format + "\", not \"" + FORMAT + "\"");
        }
        long version = manifest.integer("version", 1, Integer.MAX_VALUE);
        if (version > VERSION) {
            throw new StudyException("made by a newer version of Frequency Bias Lab (study format " + version
                    + "; this one reads format " + VERSION + "): update the program to open it");
        }
    }

    /** The zip's entries by name; a name twice is refused (which of the two would count?). */
    private static Map<String, ZipEntry> entries(ZipFile zip) throws StudyException {
        if (zip.size() > 8L * MAX_RUNS + 1) {
            throw new StudyException("holds " + zip.size() + " entries, more than a study of " + MAX_RUNS + " runs can");
        }
        Map<String, ZipEntry> out = new HashMap<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (out.put(entry.getName(), entry) != null) {
                throw new StudyException("entry " + entry.getName() + " appears twice");
            }
        }
        return out;
    }

    private static Map<String, Listed> listed(StudyJson manifest) throws StudyException {
        StudyJson entries = manifest.object("entries");
        Map<String, Listed> out = new LinkedHashMap<>();
        for (Iterator<String> it = entries.node().fieldNames(); it.hasNext(); ) {
            String name = it.next();
            StudyJson e = entries.object(name);
            String sha = e.text("sha256");
            if (!sha.matches("[0-9a-f]{64}")) {
                throw new StudyException(e.at("sha256") + " must be 64 lowercase hexadecimal digits");
            }
            out.put(name, new Listed(e.integer("bytes", 0, Long.MAX_VALUE), sha));
        }
        return out;
    }

    /** The runs' folders, newest first; every listed entry must lie in one of them. */
    private static List<String> runDirs(StudyJson manifest, Set<String> listed) throws StudyException {
        JsonNode runs = manifest.array("runs", MAX_RUNS);
        Set<String> dirs = new LinkedHashSet<>();
        for (JsonNode run : runs) {
            String dir = run.asText();
            if (!run.isTextual() || !dir.matches("runs/[1-9][0-9]{0,8}") || !dirs.add(dir)) {
                throw new StudyException(MANIFEST + ": runs holds " + run + ", not a new folder runs/K");
            }
        }
        for (String name : listed) {
            int slash = name.indexOf('/', "runs/".length());
            if (slash < 0 || !dirs.contains(name.substring(0, slash))) {
                throw new StudyException("entry " + name + " belongs to no run of " + MANIFEST);
            }
        }
        return new ArrayList<>(dirs);
    }

    /** The run's session, parsed and validated with the files it names read from the study. */
    private static Session session(Entries entries, String dir, RunMeta meta) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : meta.files().entrySet()) {
            if (!f.getValue().startsWith(dir + "/files/")) {
                throw new StudyException(dir + "/run.json: file " + f.getKey() + " must be stored under " + dir + "/files/");
            }
            files.put(f.getKey(), entries.bytes(f.getValue(), SessionFolder.MAX_FILE_BYTES));
        }
        String entry = dir + "/session.json";
        byte[] json = entries.bytes(entry, SessionFiles.MAX_BYTES);
        try {
            return SessionFiles.parse(new String(json, StandardCharsets.UTF_8), entry, new StoredFiles(files, dir));
        } catch (SessionException e) {
            throw new StudyException("run \"" + meta.name() + "\": " + entry + " is not a valid session: " + e.getMessage());
        }
    }

    /** The record from its validated parts; what only the numbers can tell is checked here. */
    private static RunRecord record(Session session, RunMeta meta, RecordTables.Decoded d, String entry)
            throws StudyException {
        int lastStep = -1;
        double lastTime = -1;
        for (KeptSnapshot s : d.snapshots()) {
            if (s.step() <= lastStep || s.step() > meta.stepsDone() || !(s.time() > lastTime) || !Double.isFinite(s.time())) {
                throw new StudyException(entry + ": kept snapshots must have increasing steps up to stepsDone and "
                        + "increasing finite times (step " + s.step() + ", t = " + s.time() + ")");
            }
            lastStep = s.step();
            lastTime = s.time();
        }
        checkTimes(d.network(), entry);
        if (d.pde() != null) {
            checkTimes(d.pde(), entry);
        }
        for (LearningTimes t : d.flows().values()) {
            checkTimes(t, entry);
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (double t : d.agreementTimes()) {
            if (!(t > previous) || !Double.isFinite(t)) {
                throw new StudyException(entry + ": agreement times must increase and be finite");
            }
            previous = t;
        }
        Agreements agreement = new Agreements(meta.compareMaxFrequency(), d.agreementTimes(), d.agreements(),
                meta.maxAgreement(), meta.lastAgreement());
        return new RunRecord(session, meta.peaks(), meta.pureDampingTimes(), d.target(), d.snapshots(), d.network(),
                d.pde(), d.flows(), agreement, meta.stepsDone(), meta.divergence());
    }

    private static void checkTimes(LearningTimes t, String entry) throws StudyException {
        for (double v : t.times()) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new StudyException(entry + ": a learning time must be a finite number >= 0, got " + v);
            }
        }
    }

    /** Bounded, checksummed reads of listed entries. */
    private record Entries(ZipFile zip, Map<String, ZipEntry> present, Map<String, Listed> listed) {

        long size(String name) throws StudyException {
            return listing(name).bytes();
        }

        /** The whole entry, at most {@code max} bytes, checked against the manifest. */
        byte[] bytes(String name, long max) throws IOException {
            Listed l = listing(name);
            if (l.bytes() > max) {
                throw new StudyException("entry " + name + " is " + l.bytes() + " bytes by the manifest; at most " + max
                        + " are read for such an entry");
            }
            MessageDigest sha = sha256();
            byte[] data;
            try (InputStream in = new DigestInputStream(zip.getInputStream(present.get(name)), sha)) {
                data = in.readNBytes((int) l.bytes() + 1);
            } catch (ZipException | EOFException e) {
                throw damaged(name, e);
            }
            if (data.length != l.bytes()) {
                throw new StudyException("entry " + name + " is " + (data.length > l.bytes() ? "longer" : "shorter")
                        + " than the " + l.bytes() + " bytes the manifest lists");
            }
            verify(name, sha, l);
            return data;
        }

        /** The tables entry decoded as {@code layout} lays it out, checksum verified. */
        RecordTables.Decoded tables(String name, RecordTables.Layout layout) throws IOException {
            Listed l = listing(name);
            MessageDigest sha = sha256();
            RecordTables.Decoded d;
            try (InputStream in = new DigestInputStream(zip.getInputStream(present.get(name)), sha)) {
                d = RecordTables.read(in, layout, name);
            } catch (ZipException | EOFException e) {
                throw damaged(name, e);
            }
            verify(name, sha, l);
            return d;
        }

        private Listed listing(String name) throws StudyException {
            Listed l = listed.get(name);
            if (l == null || !present.containsKey(name)) {
                throw new StudyException("entry " + name + " is missing (a partial study?)");
            }
            return l;
        }

        private static void verify(String name, MessageDigest sha, Listed l) throws StudyException {
            if (!HexFormat.of().formatHex(sha.digest()).equals(l.sha256())) {
                throw new StudyException("entry " + name + " does not match its SHA-256 in the manifest: the file is damaged");
            }
        }

        private static StudyException damaged(String name, IOException e) {
            return new StudyException("entry " + name + " is damaged (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readAll(ZipFile zip, ZipEntry entry, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] data = in.readNBytes(max + 1);
            if (data.length > max) {
                throw new StudyException(entry.getName() + " is larger than " + max + " bytes: not a study's");
            }
            return data;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
