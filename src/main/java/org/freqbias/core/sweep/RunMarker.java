package org.freqbias.core.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.freqbias.core.io.AtomicFiles;

/**
 * How a sweep knows a run is complete: {@value #FILE} in the run's folder, written last (after the
 * run's files and its study), atomically. It names the sweep (its manifest's SHA-256), the run
 * (index and label), the SHA-256 of the run's effective session JSON, and holds the run's rows of
 * runs.csv, so that {@code collect} needs nothing else. A folder without it, or with one of another
 * sweep, run or session, holds a half-written or stale run: it is run again.
 * <pre>
 *   {"sweep": HEX, "index": 4, "label": "distribution.sigma=2 seed=1", "session": HEX, "rows": ["2,1,2.0,...", ...]}
 * </pre>
 */
public record RunMarker(String sweep, int index, String label, String session, List<String> rows) {

    public static final String FILE = "sweep-run.json";
    /** A marker holds a few rows per run: far below this. */
    static final int MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    public RunMarker {
        rows = List.copyOf(rows);
    }

    /** Writes the marker into {@code runDir} atomically. */
    public void write(Path runDir) throws IOException {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("sweep", sweep);
        n.put("index", index);
        n.put("label", label);
        n.put("session", session);
        rows.forEach(n.putArray("rows")::add);
        AtomicFiles.writeString(runDir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n");
    }

    /** The marker in {@code runDir}; empty when there is none or it cannot be read (a run to redo). */
    public static Optional<RunMarker> read(Path runDir) {
        try {
            return readStrictly(runDir);
        } catch (SweepException e) {
            return Optional.empty();
        }
    }

    /**
     * The marker in {@code runDir}; empty when there is none.
     *
     * @throws SweepException naming the file when there is one that is not a done marker (too large,
     *     not JSON, fields missing) or cannot be read
     */
    public static Optional<RunMarker> readStrictly(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String redo = "; delete it and run the sweep again to redo the run";
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new SweepException(file + " is larger than " + (MAX_BYTES >> 20) + " MB: not a done marker" + redo);
            }
            JsonNode n = JSON.readTree(bytes);
            List<String> rows = new ArrayList<>();
            n.path("rows").forEach(r -> rows.add(r.asText()));
            if (!n.path("sweep").isTextual() || !n.path("index").canConvertToInt() || rows.isEmpty()) {
                throw new SweepException(file + " is not a done marker (it needs sweep, index and rows)" + redo);
            }
            return Optional.of(new RunMarker(n.path("sweep").asText(), n.path("index").asInt(), n.path("label").asText(),
                    n.path("session").asText(), rows));
        } catch (IOException e) {
            throw new SweepException(file + " cannot be read as a done marker (" + e.getMessage() + ")" + redo);
        }
    }

    /** True when this marks run {@code index} of the sweep hashed {@code sweepSha256}. */
    public boolean marks(String sweepSha256, int runIndex) {
        return sweep.equals(sweepSha256) && index == runIndex;
    }
}
