package org.freqbias.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.session.SessionFiles;

/** Sweep folders made by the command line at a small size, for the tests of what reads them (CLI and app). */
public final class SweepFixture {

    private SweepFixture() {
    }

    /**
     * gaussian-bias on a coarser grid (256 samples and elements; the peaks 2, 6, 11 stay well below
     * Nyquist 40), written into {@code dir}.
     */
    public static Path smallBase(Path dir) throws IOException {
        ObjectNode json = (ObjectNode) SessionFiles.JSON.readTree(Path.of("sample-sessions/gaussian-bias.json").toFile());
        ((ObjectNode) json.get("domain")).put("samples", 256);
        ((ObjectNode) json.get("pde")).put("elements", 256);
        Path base = dir.resolve("gaussian-bias-256.json");
        Files.writeString(base, json.toString());
        return base;
    }

    /**
     * {@code sweep BASE ARGS... --out OUT} run in-process.
     *
     * @throws AssertionError with its stderr when it does not exit 0
     */
    public static Path sweep(Path base, Path out, String... args) {
        List<String> a = new ArrayList<>(List.of("sweep", base.toString()));
        a.addAll(List.of(args));
        a.addAll(List.of("--out", out.toString()));
        CliRun c = CliRun.of(a.toArray(String[]::new));
        if (c.code() != 0) {
            throw new AssertionError("sweep exited " + c.code() + ":\n" + c.err());
        }
        return out;
    }

    /** Copies the folder {@code from} with all it holds to {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
