package org.freqbias.core.pde2d;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.io.AtomicFiles;
import org.freqbias.core.io.MatrixMarket;

/**
 * A 2D PDE problem as files, for peers to solve the same semi-discrete system M u' = -A u
 * (bench/peer_pde2d.py): {@code M.mtx} and {@code A.mtx} (Matrix Market, symmetric), {@code u0.txt}
 * (per node: Re u0, Im u0, node i (elements + 1) + j at (xi1, xi2) = (-Xi + i h, -Xi + j h)),
 * {@code times.txt}, {@code solution.f64} (this project's u at every time: little-endian float64,
 * [time][Re, Im][node]) and {@code export.json} (sizes and the tolerance of that solution). Every
 * file is written atomically.
 */
public final class PdeExport {

    private PdeExport() {
    }

    /**
     * Writes the problem of {@code p} started from the transform of {@code residual} (the session's
     * initial residual on {@code domain}) and its solution at {@code times} into {@code dir} (created
     * by the caller). Returns the number of nodes.
     */
    public static int write(PdeProblem2D p, double[] residual, Domain domain, double[] times, Path dir) throws IOException {
        Mesh2D mesh = p.mesh();
        String what = "2D frequency-space PDE, P1 triangles, " + mesh.elements() + " x " + mesh.elements()
            + " cells on [-" + p.halfWidth() + ", " + p.halfWidth() + "]^2";
        MatrixMarket.writeSymmetric(dir.resolve("M.mtx"), P1Assembly2D.mass(mesh), "consistent mass matrix M, " + what);
        MatrixMarket.writeSymmetric(dir.resolve("A.mtx"), p.operator(),
            "operator A = (2 pi)^2 (sigma_a^2 K + R) of M u' = -A u, " + what);
        double[][] u0 = NodalSpectrum.onNodes(mesh, residual, domain);
        int n = mesh.size();
        try (AtomicFiles.Staged staged = AtomicFiles.stage(dir.resolve("u0.txt"))) {
            Writer w = staged.writer();
            for (int v = 0; v < n; v++) {
                w.write(String.format(Locale.ROOT, "%.17g %.17g%n", u0[0][v], u0[1][v]));
            }
            staged.commit();
        }
        StringBuilder t = new StringBuilder();
        for (double time : times) {
            t.append(String.format(Locale.ROOT, "%.17g%n", time));
        }
        AtomicFiles.writeString(dir.resolve("times.txt"), t.toString());
        ByteBuffer solution = ByteBuffer.allocate(times.length * 2 * n * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        PdeSolver2D.integrate(p, u0, times, Double.POSITIVE_INFINITY, (i, re, im) -> {
            for (int v = 0; v < n; v++) {
                solution.putDouble(((2 * i) * n + v) * Double.BYTES, re[v]);
                solution.putDouble(((2 * i + 1) * n + v) * Double.BYTES, im[v]);
            }
        });
        AtomicFiles.write(dir.resolve("solution.f64"), out -> out.write(solution.array()));
        AtomicFiles.writeString(dir.resolve("export.json"), String.format(Locale.ROOT,
            "{ \"nodes\": %d, \"elements\": %d, \"times\": %d, \"solution\": \"float64 little-endian [time][re, im][node]\","
            + " \"tolerance\": %s }%n", n, mesh.elements(), times.length, PdeSolver2D.TOLERANCE));
        return n;
    }
}
