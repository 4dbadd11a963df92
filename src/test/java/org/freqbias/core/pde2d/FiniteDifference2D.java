package org.freqbias.core.pde2d;

import org.freqbias.core.dist.FrequencyDistribution2D;

/**
 * A second, independent solver of the 2D PDE for tests: a vertex-centred finite-difference method
 * of lines in conservative flux form on the (n+1) x (n+1) nodes of [-Xi, Xi]^2,
 * du/dt = (2 pi)^2 [ sigma_a^2 (div of the fluxes F = rho grad u at cell faces) - rho u ], zero flux
 * through the boundary (boundary nodes own a half, corners a quarter cell), integrated with
 * classical RK4. RK4 is stable for lambda dt &lt; 2.78, lambda_max ~ (2 pi)^2 sigma_a^2 rho_max 8 / h^2.
 */
final class FiniteDifference2D {

    private final int n;
    private final double h;
    private final double sigmaA;
    private final double[] rhoNode;
    private final double[] rhoFace1;      // at (xi1 + h/2, xi2)
    private final double[] rhoFace2;      // at (xi1, xi2 + h/2)

    FiniteDifference2D(FrequencyDistribution2D rho, double sigmaA, double xi, int n) {
        this.n = n;
        this.h = 2 * xi / n;
        this.sigmaA = sigmaA;
        int s = n + 1;
        rhoNode = new double[s * s];
        rhoFace1 = new double[s * s];
        rhoFace2 = new double[s * s];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double a = -xi + i * h;
                double b = -xi + j * h;
                rhoNode[i * s + j] = rho.density(a, b);
                rhoFace1[i * s + j] = rho.density(a + h / 2, b);
                rhoFace2[i * s + j] = rho.density(a, b + h / 2);
            }
        }
    }

    /**
     * |u| at the nodes (index i (n+1) + j at (-Xi + i h, -Xi + j h)) at each of {@code times}, from
     * nodal real and imaginary parts (modified: they end at the last time), by RK4 with step about dt.
     */
    double[][] solve(double[] re, double[] im, double[] times, double dt) {
        double[][] out = new double[times.length][];
        double now = 0;
        for (int t = 0; t < times.length; t++) {
            int steps = (int) Math.ceil((times[t] - now) / dt - 1e-9);
            double step = steps > 0 ? (times[t] - now) / steps : 0;
            for (int k = 0; k < steps; k++) {
                rk4(re, step);
                rk4(im, step);
            }
            now = times[t];
            out[t] = new double[re.length];
            for (int k = 0; k < re.length; k++) {
                out[t][k] = Math.hypot(re[k], im[k]);
            }
        }
        return out;
    }

    /** Writes du/dt of {@code u} into {@code out}. */
    private void rate(double[] u, double[] out) {
        int s = n + 1;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                int k = i * s + j;
                double east = i < n ? rhoFace1[i * s + j] * (u[k + s] - u[k]) / h : 0;
                double west = i > 0 ? rhoFace1[(i - 1) * s + j] * (u[k] - u[k - s]) / h : 0;
                double north = j < n ? rhoFace2[i * s + j] * (u[k + 1] - u[k]) / h : 0;
                double south = j > 0 ? rhoFace2[i * s + j - 1] * (u[k] - u[k - 1]) / h : 0;
                double width1 = (i == 0 || i == n) ? h / 2 : h;
                double width2 = (j == 0 || j == n) ? h / 2 : h;
                double div = (east - west) / width1 + (north - south) / width2;
                out[k] = PdeProblem2D.FACTOR * (sigmaA * sigmaA * div - rhoNode[k] * u[k]);
            }
        }
    }

    private void rk4(double[] u, double dt) {
        int size = u.length;
        double[] k1 = new double[size];
        double[] k2 = new double[size];
        double[] k3 = new double[size];
        double[] k4 = new double[size];
        double[] w = new double[size];
        rate(u, k1);
        for (int k = 0; k < size; k++) {
            w[k] = u[k] + dt / 2 * k1[k];
        }
        rate(w, k2);
        for (int k = 0; k < size; k++) {
            w[k] = u[k] + dt / 2 * k2[k];
        }
        rate(w, k3);
        for (int k = 0; k < size; k++) {
            w[k] = u[k] + dt * k3[k];
        }
        rate(w, k4);
        for (int k = 0; k < size; k++) {
            u[k] += dt / 6 * (k1[k] + 2 * k2[k] + 2 * k3[k] + k4[k]);
        }
    }
}
