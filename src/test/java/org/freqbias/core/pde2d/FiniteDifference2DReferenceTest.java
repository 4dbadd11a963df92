package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.junit.jupiter.api.Test;

/**
 * A second, independent method: a vertex-centred finite-difference method of lines in conservative
 * flux form, written here, integrated with classical RK4 at a step well inside its stability limit.
 * On the same nodes, with a product gaussian rho and diffusion, |u| must agree within 2 % of max |u(t)|.
 */
class FiniteDifference2DReferenceTest {

    private static final double XI = 8;
    private static final int N = 64;
    private static final double SIGMA_A = 1;
    private static final FrequencyDistribution2D RHO = new ProductDistribution(new Gaussian(2.5));
    private static final double[] TIMES = {0.5, 1, 2};

    private static double bump(double a, double b, double c1, double c2) {
        return Math.exp(-((a - c1) * (a - c1) + (b - c2) * (b - c2)) / 4);
    }

    /** Conjugate-symmetric data: real part even, imaginary part odd. */
    private static double re0(double a, double b) {
        return bump(a, b, 2, 1) + bump(a, b, -2, -1);
    }

    private static double im0(double a, double b) {
        return bump(a, b, -1, 3) - bump(a, b, 1, -3);
    }

    /**
     * du/dt = (2 pi)^2 [ sigma^2 (div of the fluxes F = rho grad u at cell faces) - rho u ]; zero flux
     * through the boundary, boundary nodes own a half (corner: quarter) cell. Writes {@code out}.
     */
    private static void rate(double[] u, double[] out, double[] rhoNode, double[] rhoFace1, double[] rhoFace2, double h) {
        int s = N + 1;
        for (int i = 0; i <= N; i++) {
            for (int j = 0; j <= N; j++) {
                int k = i * s + j;
                double east = i < N ? rhoFace1[i * s + j] * (u[k + s] - u[k]) / h : 0;
                double west = i > 0 ? rhoFace1[(i - 1) * s + j] * (u[k] - u[k - s]) / h : 0;
                double north = j < N ? rhoFace2[i * s + j] * (u[k + 1] - u[k]) / h : 0;
                double south = j > 0 ? rhoFace2[i * s + j - 1] * (u[k] - u[k - 1]) / h : 0;
                double width1 = (i == 0 || i == N) ? h / 2 : h;
                double width2 = (j == 0 || j == N) ? h / 2 : h;
                double div = (east - west) / width1 + (north - south) / width2;
                out[k] = PdeProblem2D.FACTOR * (SIGMA_A * SIGMA_A * div - rhoNode[k] * u[k]);
            }
        }
    }

    /** |u| at the nodes at each of TIMES, by RK4 with step dt. */
    private static double[][] finiteDifference(double dt) {
        int s = N + 1;
        double h = 2 * XI / N;
        double[] rhoNode = new double[s * s];
        double[] rhoFace1 = new double[s * s];      // at (xi1 + h/2, xi2)
        double[] rhoFace2 = new double[s * s];      // at (xi1, xi2 + h/2)
        double[] re = new double[s * s];
        double[] im = new double[s * s];
        for (int i = 0; i <= N; i++) {
            for (int j = 0; j <= N; j++) {
                double a = -XI + i * h;
                double b = -XI + j * h;
                rhoNode[i * s + j] = RHO.density(a, b);
                rhoFace1[i * s + j] = RHO.density(a + h / 2, b);
                rhoFace2[i * s + j] = RHO.density(a, b + h / 2);
                re[i * s + j] = re0(a, b);
                im[i * s + j] = im0(a, b);
            }
        }
        double[][] out = new double[TIMES.length][];
        double now = 0;
        for (int t = 0; t < TIMES.length; t++) {
            int steps = (int) Math.round((TIMES[t] - now) / dt);
            for (int n = 0; n < steps; n++) {
                rk4(re, dt, rhoNode, rhoFace1, rhoFace2, h);
                rk4(im, dt, rhoNode, rhoFace1, rhoFace2, h);
            }
            now = TIMES[t];
            out[t] = new double[s * s];
            for (int k = 0; k < s * s; k++) {
                out[t][k] = Math.hypot(re[k], im[k]);
            }
        }
        return out;
    }

    private static void rk4(double[] u, double dt, double[] rn, double[] r1, double[] r2, double h) {
        int size = u.length;
        double[] k1 = new double[size];
        double[] k2 = new double[size];
        double[] k3 = new double[size];
        double[] k4 = new double[size];
        double[] w = new double[size];
        rate(u, k1, rn, r1, r2, h);
        for (int k = 0; k < size; k++) {
            w[k] = u[k] + dt / 2 * k1[k];
        }
        rate(w, k2, rn, r1, r2, h);
        for (int k = 0; k < size; k++) {
            w[k] = u[k] + dt / 2 * k2[k];
        }
        rate(w, k3, rn, r1, r2, h);
        for (int k = 0; k < size; k++) {
            w[k] = u[k] + dt * k3[k];
        }
        rate(w, k4, rn, r1, r2, h);
        for (int k = 0; k < size; k++) {
            u[k] += dt / 6 * (k1[k] + 2 * k2[k] + 2 * k3[k] + k4[k]);
        }
    }

    @Test
    void finiteElementsAgreeWithFiniteDifferences() {
        // RK4 is stable for lambda dt < 2.78; here lambda_max ~ (2 pi)^2 sigma^2 rho_max 8 / h^2 ~ 130.
        double[][] fd = finiteDifference(0.005);
        PdeProblem2D p = new PdeProblem2D(RHO, SIGMA_A, true, XI, N);
        PdeTrajectory2D fe = PdeSolver2D.solveAt(p, GridSpectra.onMesh(p.mesh(),
            FiniteDifference2DReferenceTest::re0, FiniteDifference2DReferenceTest::im0), TIMES);
        // Diffusion must matter here, or agreement would only test the damping term.
        PdeTrajectory2D dampingOnly = PdeSolver2D.solveAt(new PdeProblem2D(RHO, SIGMA_A, false, XI, N),
            GridSpectra.onMesh(p.mesh(), FiniteDifference2DReferenceTest::re0, FiniteDifference2DReferenceTest::im0), TIMES);
        int s = N + 1;
        for (int t = 0; t < TIMES.length; t++) {
            double diff = 0;
            double diffusionEffect = 0;
            double max = 0;
            for (int c1 = 0; c1 < N; c1++) {
                for (int c2 = 0; c2 < N; c2++) {
                    double a = fe.abs()[t][c1 * N + c2];
                    double b = fd[t][c1 * s + c2];        // centred index c = node index (xi = -Xi + c h)
                    diff = Math.max(diff, Math.abs(a - b));
                    diffusionEffect = Math.max(diffusionEffect, Math.abs(a - dampingOnly.abs()[t][c1 * N + c2]));
                    max = Math.max(max, b);
                }
            }
            System.out.printf("FE vs FD at t = %.1f: max |diff| / max |u| = %.2e (max |u| %.3f, diffusion effect %.2e)%n",
                TIMES[t], diff / max, max, diffusionEffect / max);
            assertTrue(diff < 0.02 * max, "t = " + TIMES[t] + ": " + diff / max);
            assertTrue(diffusionEffect > 5 * diff, "diffusion effect " + diffusionEffect / max);
        }
    }
}
