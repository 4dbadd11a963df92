package org.freqbias.core.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.freqbias.core.io.AtomicFiles;

/**
 * What defines a sweep, written as sweep.json into every folder of it (each shard's alike): the
 * base session's JSON (seed and steps as run), the varied keys with their values, the seeds and the
 * compared frequency. Its SHA-256 ({@link #sha256}, over the compact JSON of those) tells shards of
 * one sweep from shards of another; a run's done marker carries it too.
 * <pre>
 *   {"format": "freqbias-sweep", "version": 1, "session": {...},
 *    "vary": [{"key": "distribution.sigma", "values": [2, 4.5]}, ...], "seeds": [0, 1, 2],
 *    "compareMaxFrequency": 20.0, "sha256": HEX}
 * </pre>
 */
public final class SweepManifest {

    public static final String FILE = "sweep.json";
    static final String FORMAT = "freqbias-sweep";
    static final int VERSION = 1;
    /** Largest sweep.json read: a session (at most 1 MB) and the grid. */
    static final long MAX_BYTES = 4L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode definition;
    private final SweepGrid grid;
    private final String sha256;

    private SweepManifest(ObjectNode definition, SweepGrid grid) {
        this.definition = definition;
        this.grid = grid;
        this.sha256 = hash(definition);
    }

    /** The manifest of a sweep of {@code session} (its JSON) over {@code grid}. */
    public static SweepManifest of(ObjectNode session, SweepGrid grid, double compareMaxFrequency) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("format", FORMAT);
        d.put("version", VERSION);
        d.set("session", session.deepCopy());
        ArrayNode vary = d.putArray("vary");
        for (SweepAxis a : grid.axes()) {
            ObjectNode axis = vary.addObject();
            axis.put("key", a.key());
            a.values().forEach(axis.putArray("values")::add);
        }
        ArrayNode seeds = d.putArray("seeds");
        for (long s : grid.seeds()) {
            seeds.add(s);
        }
        d.put("compareMaxFrequency", compareMaxFrequency);
        return new SweepManifest(d, grid);
    }

    /**
     * Reads {@code dir}/sweep.json: the grid is rebuilt from it and the hash recomputed (a stored
     * hash is never trusted).
     *
     * @throws SweepException when it is missing, too large or not a sweep manifest of this version
     */
    public static SweepManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new SweepException(dir + " holds no " + FILE + ": is it a folder written by `sweep`?");
        }
        if (bytes.length > MAX_BYTES) {
            throw new SweepException(file + " is larger than " + (MAX_BYTES >> 20) + " MB: not a sweep manifest");
        }
        try {
            JsonNode root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
                throw new SweepException(file + " is not a " + FORMAT + " manifest of version " + VERSION);
            }
            List<SweepAxis> axes = new ArrayList<>();
            for (JsonNode a : root.path("vary")) {
                List<JsonNode> values = new ArrayList<>();
                a.path("values").forEach(values::add);
                axes.add(new SweepAxis(a.path("key").asText(), values));
            }
            List<Long> seeds = new ArrayList<>();
            root.path("seeds").forEach(s -> seeds.add(s.asLong()));
            SweepGrid grid;
            try {
                grid = new SweepGrid(axes, seeds.stream().mapToLong(Long::longValue).toArray());
            } catch (SweepException e) {
                throw new SweepException(file + " does not define a sweep grid (" + e.getMessage() + "); was it edited by hand?");
            }
            if (!(root.path("session") instanceof ObjectNode session)) {
                throw new SweepException(file + " has no session");
            }
            SweepManifest m = of(session, grid, root.path("compareMaxFrequency").asDouble());
            if (!m.sha256.equals(root.path("sha256").asText())) {
                throw new SweepException(file + " was changed after it was written (its SHA-256 does not match its content)");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw new SweepException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Writes sweep.json into {@code dir} atomically. */
    public void write(Path dir) throws IOException {
        ObjectNode out = definition.deepCopy();
        out.put("sha256", sha256);
        AtomicFiles.writeString(dir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
    }

    public SweepGrid grid() {
        return grid;
    }

    /** The base session's JSON (a copy). */
    public ObjectNode session() {
        return definition.get("session").deepCopy();
    }

    public double compareMaxFrequency() {
        return definition.get("compareMaxFrequency").asDouble();
    }

    /** SHA-256 (hex) of the sweep's definition. */
    public String sha256() {
        return sha256;
    }

    /** SHA-256 (hex) of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String hash(ObjectNode definition) {
        try {
            return sha256(JSON.writeValueAsString(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
