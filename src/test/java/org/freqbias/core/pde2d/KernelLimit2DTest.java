package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.Spectrum;
import org.freqbias.core.target.PlaneWave;
import org.freqbias.core.target.PlaneWaves;
import org.junit.jupiter.api.Test;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The 2D PDE is the infinite-width kernel flow written in frequency space. Here the kernel flow
 * dr/dt = -K r, K = Theta dx^2, Theta(x, y) = (1 + sigma_a^2 x.y) exp(-sigma^2 |x - y|^2 / 2), is
 * integrated in x space by classical RK4 on the 64 x 64 data grid (no FEM, no transform until the
 * end) and compared with the P1 solution of the PDE at the FFT frequencies.
 */
class KernelLimit2DTest {

    @Test
    void planeWavePacketFollowsTheKernelFlow() {
        double sigma = 4;
        double sigmaA = 1;
        Domain domain = new Domain(2, 8, 64);
        int n = domain.samples();
        int points = n * n;
        double dx = domain.spacing();
        double[] x = domain.axis();
        PlaneWaves target = new PlaneWaves(1.5, List.of(new PlaneWave(3, 0, 1), new PlaneWave(2, 5, 0.7)));
        double[] r = target.sample(domain);
        for (int p = 0; p < points; p++) {
            r[p] = -r[p]; // zero initial output: r_0 = -g
        }
        Spectrum initial = Spectrum.of(r, domain);

        // K as a dense matrix, row-major over grid points p = i1 * n + i2.
        double[] k = new double[points * points];
        for (int p = 0; p < points; p++) {
            double p1 = x[p / n];
            double p2 = x[p % n];
            for (int q = 0; q < points; q++) {
                double q1 = x[q / n];
                double q2 = x[q % n];
                double d2 = (p1 - q1) * (p1 - q1) + (p2 - q2) * (p2 - q2);
                k[p * points + q] = (1 + sigmaA * sigmaA * (p1 * q1 + p2 * q2)) * Math.exp(-0.5 * sigma * sigma * d2) * dx * dx;
            }
        }
        double[] times = {0.5, 1, 2};
        double dt = 0.01;
        SpectrumTrajectory pde = PdeSolver2D.solveAt(
                new PdeProblem2D(new RadialDistribution(new Gaussian(sigma)), sigmaA, true, domain.nyquist(), n),
                initial, times);
        double[] abs0 = initial.abs();
        double t = 0;
        for (int i = 0; i < times.length; i++) {
            while (t < times[i] - 1e-12) {
                rk4(k, r, dt);
                t += dt;
            }
            double[] flow = Spectrum.of(r, domain).abs();
            double diff = 0;
            double norm = 0;
            for (int c = 0; c < points; c++) {
                diff += Math.pow(flow[c] - pde.abs()[i][c], 2);
                norm += abs0[c] * abs0[c];
            }
            double distance = Math.sqrt(diff / norm);
            System.out.printf("2D kernel flow vs PDE at t=%s: %.4f%n", times[i], distance);
            // Measured 1.64, 1.39 and 0.89 % at t = 0.5, 1, 2 (a 16 x 16 grid: the PDE's mesh error).
            assertTrue(distance < 0.03, "t=" + times[i] + ": " + distance);
        }
    }

    private static void rk4(double[] k, double[] r, double dt) {
        double[] k1 = apply(k, r, null, 0);
        double[] k2 = apply(k, r, k1, dt / 2);
        double[] k3 = apply(k, r, k2, dt / 2);
        double[] k4 = apply(k, r, k3, dt);
        for (int p = 0; p < r.length; p++) {
            r[p] += dt / 6 * (k1[p] + 2 * k2[p] + 2 * k3[p] + k4[p]);
        }
    }

    /** -K (r + h s), with s = null meaning h = 0. */
    private static double[] apply(double[] k, double[] r, double[] s, double h) {
        int m = r.length;
        double[] v = new double[m];
        for (int p = 0; p < m; p++) {
            v[p] = s == null ? r[p] : r[p] + h * s[p];
        }
        double[] out = new double[m];
        java.util.stream.IntStream.range(0, m).parallel().forEach(p -> {
            double sum = 0;
            int row = p * m;
            for (int q = 0; q < m; q++) {
                sum += k[row + q] * v[q];
            }
            out[p] = -sum;
        });
        return out;
    }
}
