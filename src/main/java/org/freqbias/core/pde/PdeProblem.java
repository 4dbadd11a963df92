package org.freqbias.core.pde;

import java.util.Objects;
import org.freqbias.core.dist.FrequencyDistribution;

/**
 * The damped heat equation in frequency space (THEORY.md section 4, d = 1):
 * <pre>
 *   du/dt = 2 pi [ sigma_a^2 d/dxi( rho du/dxi ) - rho u ]   on [-Xi, Xi], zero flux at +-Xi,
 * </pre>
 * discretized with {@code elements} P1 elements. {@code diffusion = false} drops the stiffness term
 * (the random-features, damping-only limit u = u0 exp(-2 pi rho t)).
 *
 * @param halfWidth Xi, normally the Nyquist frequency of the data grid
 */
public record PdeProblem(FrequencyDistribution rho, double sigmaA, boolean diffusion, double halfWidth, int elements) {

    /** (2 pi)^d for d = 1: the factor the Fourier convention puts in front of both terms. */
    public static final double FACTOR = 2 * Math.PI;

    public PdeProblem {
        Objects.requireNonNull(rho, "rho");
        if (!(sigmaA >= 0) || !Double.isFinite(sigmaA)) {
            throw new IllegalArgumentException("sigmaA must be a finite number >= 0, got " + sigmaA);
        }
    }

    public Mesh1D mesh() {
        return new Mesh1D(halfWidth, elements);
    }

    /** The same problem on a mesh with {@code n} elements. */
    public PdeProblem withElements(int n) {
        return new PdeProblem(rho, sigmaA, diffusion, halfWidth, n);
    }

    /** The operator A = 2 pi (sigma_a^2 K + R) of M u' = -A u (R alone without diffusion). */
    public Tridiagonal operator() {
        Mesh1D mesh = mesh();
        Tridiagonal r = P1Assembly.weightedMass(mesh, rho);
        if (!diffusion || sigmaA == 0) {
            return r.scaled(FACTOR);
        }
        return r.combine(FACTOR, P1Assembly.weightedStiffness(mesh, rho), FACTOR * sigmaA * sigmaA);
    }
}
