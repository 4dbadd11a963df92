package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.Spectrum;
import org.junit.jupiter.api.Test;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/** Initial data onto nodes (the missing +N/2 row by conjugate symmetry) and |u| back onto the FFT grid ({@link GridReadout}). */
class NodalSpectrumTest {

    private static final int N = 16;
    private static final double DXI = 0.5;

    private static double re(double a, double b) {
        return Math.cos(0.3 * a) * Math.exp(-0.01 * (a * a + 2 * b * b));
    }

    private static double im(double a, double b) {
        return Math.sin(0.2 * a + 0.4 * b);
    }

    @Test
    void nodesOnTheFftGridAreCopiedAndThePlusNyquistRowIsTheConjugateMirror() {
        Spectrum s = GridSpectra.of(N, DXI, NodalSpectrumTest::re, NodalSpectrumTest::im);
        Mesh2D mesh = new Mesh2D(N / 2 * DXI, N);
        double[][] u = NodalSpectrum.onNodes(mesh, s);
        for (int v = 0; v < mesh.size(); v++) {
            // re is even and im odd, so the functions themselves satisfy u(-xi) = conj u(xi) everywhere;
            // the corners (-N/2, N/2) and (N/2, -N/2) also need N-periodicity, which only DFT data have.
            if (v == mesh.node(0, N) || v == mesh.node(N, 0)) {
                continue;
            }
            assertEquals(re(mesh.xi1(v), mesh.xi2(v)), u[0][v], 1e-14);
            assertEquals(im(mesh.xi1(v), mesh.xi2(v)), u[1][v], 1e-14);
        }
    }

    @Test
    void aFinerMeshInterpolatesAndZeroesBeyondTheData() {
        Spectrum s = GridSpectra.of(N, DXI, (a, b) -> 1 + 0.1 * a * b, (a, b) -> 0.2 * a - 0.3 * b);
        Mesh2D mesh = new Mesh2D(N / 2 * DXI * 1.5, 3 * N);       // h = DXI / 2, reaching past the data
        double[][] u = NodalSpectrum.onNodes(mesh, s);
        for (int v = 0; v < mesh.size(); v++) {
            double a = mesh.xi1(v);
            double b = mesh.xi2(v);
            double edge = Math.max(Math.abs(a), Math.abs(b));
            boolean inside = edge <= N / 2 * DXI + 1e-12;
            if (inside && edge > (N / 2 - 1) * DXI) {
                continue;                      // the Nyquist cells: see the test on DFT data
            }
            // P1 on the data triangles is exact for a linear function; a b is bilinear, exact on the diagonal cut.
            assertEquals(inside ? 0.2 * a - 0.3 * b : 0, u[1][v], 1e-12);
            assertEquals(inside ? 1 + 0.1 * a * b : 0, u[0][v], 0.1 * DXI * DXI / 4 + 1e-12);
        }
        double[] abs = GridReadout.of(mesh, N, DXI).abs(u[0], u[1]);
        assertEquals(Math.hypot(1 - 0.1, -0.2 - 0.3), abs[(-2 + N / 2) * N + (2 + N / 2)], 1e-12);
    }

    @Test
    void gridPointsOutsideTheMeshAreNaN() {
        PdeProblem2D p = new PdeProblem2D(new RadialDistribution(new Gaussian(1)), 1, true, 2, 8);
        Spectrum s = GridSpectra.of(N, DXI, (a, b) -> 1, (a, b) -> 0);
        SpectrumTrajectory tr = PdeSolver2D.solveAt(p, s, new double[] {0, 0.5});
        assertTrue(Double.isNaN(tr.abs()[1][0]));                  // (-4, -4) lies beyond Xi = 2
        assertEquals(1, tr.abs()[0][(N / 2) * N + N / 2], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PdeSolver2D.solveAt(p, s, new double[] {1, 0.5}));
    }

    @Test
    void realDataSpectrumIsCarriedExactlyOntoMatchingNodes() {
        Domain domain = new Domain(2, 4, N);
        double[] values = new double[N * N];
        double[] x = domain.axis();
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                values[i * N + j] = Math.exp(-((x[i] - 0.5) * (x[i] - 0.5) + x[j] * x[j]));
            }
        }
        Spectrum s = Spectrum.of(values, domain);
        Mesh2D mesh = new Mesh2D(domain.nyquist(), N);
        double[][] u = NodalSpectrum.onNodes(mesh, s);
        for (int c1 = 0; c1 < N; c1++) {
            for (int c2 = 0; c2 < N; c2++) {
                int v = mesh.node(c1, c2);
                assertEquals(s.re()[c1 * N + c2], u[0][v], 1e-15);
                assertEquals(s.im()[c1 * N + c2], u[1][v], 1e-15);
            }
        }
        // The +N/2 edge: the conjugate of the -N/2 edge at the mirrored frequency.
        int c2 = 3;
        int v = mesh.node(N, c2);
        int mirror = 0 * N + (N - c2);
        assertEquals(s.re()[mirror], u[0][v], 1e-15);
        assertEquals(-s.im()[mirror], u[1][v], 1e-15);
        // The corner (-N/2, +N/2): the DFT is N-periodic, so it is the stored (-N/2, -N/2) value.
        assertEquals(s.re()[0], u[0][mesh.node(0, N)], 1e-15);
    }
}
