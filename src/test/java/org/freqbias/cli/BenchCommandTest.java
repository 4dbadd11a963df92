package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} prints its figures for 1D and 2D sessions alike (it once failed on a 2D one with an internal error). */
class BenchCommandTest {

    @TempDir
    Path dir;

    private String bench(Path session, String... more) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            String[] args = {"bench", session.toString(), "--repeats", "1", "--steps-per-repeat", "1"};
            String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
            System.arraycopy(more, 0, all, args.length, more.length);
            assertEquals(0, FreqBiasCommand.execute(all));
            return buffer.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(saved);
        }
    }

    /** bench trains too: a session that cannot fit in the heap is refused before any work, with the key to lower. */
    @Test
    void aSessionThatCannotFitInMemoryIsRefusedBeforeAnyWork() throws IOException {
        String deep = RunCommandTest.SMALL.replace("\"width\": 64, \"sigmaA\": 1.0",
                "\"width\": 4096, \"sigmaA\": 1.0, \"hiddenLayers\": [8192, 8192]");
        Path session = Files.writeString(dir.resolve("deep.json"), deep);
        CliRun r = CliRun.of("bench", session.toString(), "--repeats", "1");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errorLine().contains("needs about") && r.errorLine().contains("network.hiddenLayers"), r.errorLine());
        assertEquals("", r.out(), "no figure printed");
    }

    /**
     * --export-pde writes what bench/peer_pde2d.py reads: the matrices (Matrix Market, one row and
     * column per node), u0, the times, and the solution, which starts at u0 and decays in the M-norm.
     */
    @Test
    void exportWritesTheProblemAndItsSolution() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"),
            PlaneRunCommandTest.SMALL_PLANE.replace("\"snapshotEvery\": 10 }", "\"snapshotEvery\": 10 }, \"pde\": { \"elements\": 16 }"));
        Path out = dir.resolve("export");
        String printed = bench(session, "--export-pde", out.toString());
        int nodes = 17 * 17;
        assertTrue(printed.contains("exported the PDE (" + nodes + " nodes, 6 times)"), printed);
        java.util.List<String> m = Files.readAllLines(out.resolve("M.mtx"));
        assertEquals("%%MatrixMarket matrix coordinate real symmetric", m.get(0));
        assertTrue(Files.readAllLines(out.resolve("A.mtx")).stream().anyMatch(l -> l.startsWith(nodes + " " + nodes + " ")));
        double[][] mass = new double[nodes][nodes];
        for (String line : m) {
            if (!line.startsWith("%") && line.split(" ").length == 3 && !line.startsWith(nodes + " ")) {
                String[] f = line.split(" ");
                int r = Integer.parseInt(f[0]) - 1;
                int c = Integer.parseInt(f[1]) - 1;
                mass[r][c] = mass[c][r] = Double.parseDouble(f[2]);
            }
        }
        java.util.List<String> u0 = Files.readAllLines(out.resolve("u0.txt"));
        assertEquals(nodes, u0.size());
        assertEquals(6, Files.readAllLines(out.resolve("times.txt")).size());
        java.nio.ByteBuffer solution = java.nio.ByteBuffer.wrap(Files.readAllBytes(out.resolve("solution.f64")))
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(6 * 2 * nodes * 8, solution.capacity());
        double[] first = new double[2 * nodes];
        double[] last = new double[2 * nodes];
        for (int k = 0; k < 2 * nodes; k++) {
            first[k] = solution.getDouble(k * 8);
            last[k] = solution.getDouble((5 * 2 * nodes + k) * 8);
            String[] pair = u0.get(k % nodes).split(" ");
            assertEquals(Double.parseDouble(pair[k / nodes]), first[k], 0, "u(0) = u0 at " + k);
        }
        assertTrue(mNorm(mass, last) < 0.9 * mNorm(mass, first), "no decay");
        assertTrue(Files.readString(out.resolve("export.json")).contains("\"nodes\": " + nodes));
    }

    @Test
    void exportOfALineSessionIsRefused() throws IOException {
        Path line = Files.writeString(dir.resolve("line.json"), LINE);
        assertEquals(2, FreqBiasCommand.execute("bench", line.toString(), "--repeats", "1", "--export-pde",
            dir.resolve("x").toString()));
    }

    /** sqrt(re^T M re + im^T M im) for u = [re, im]. */
    private static double mNorm(double[][] m, double[] u) {
        int n = m.length;
        double s = 0;
        for (int part = 0; part < 2; part++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s += u[part * n + i] * m[i][j] * u[part * n + j];
                }
            }
        }
        return Math.sqrt(s);
    }

    private static final String LINE = """
            { "name": "small-line", "domain": { "halfWidth": 10.0, "samples": 128 },
              "target": { "type": "wavePacket", "envelopeWidth": 1.0, "components": [ { "frequency": 2.0, "amplitude": 1.0 } ] },
              "distribution": { "type": "gaussian", "sigma": 4.0 },
              "network": { "width": 256, "sigmaA": 1.0 },
              "training": { "learningRate": 0.01, "steps": 20, "snapshotEvery": 10 } }
            """;

    @Test
    void planeAndLineSessionsBothReportPositiveMedians() throws IOException {
        String plane = bench(Files.writeString(dir.resolve("plane.json"), PlaneRunCommandTest.SMALL_PLANE));
        String line = bench(Files.writeString(dir.resolve("line.json"), LINE));
        assertTrue(plane.contains("# dimension=2 N=32"), plane);
        assertTrue(line.contains("# dimension=1 N=128"), line);
        for (String out : new String[] {plane, line}) {
            for (String figure : new String[] {"ms_per_step", "pde_ms", "snapshot_ms", "setup_ms"}) {
                Matcher m = Pattern.compile(figure + "=([0-9.]+)").matcher(out);
                assertTrue(m.find() && Double.parseDouble(m.group(1)) > 0, figure + " in " + out);
            }
        }
    }
}
