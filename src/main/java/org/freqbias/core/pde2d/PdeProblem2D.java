package org.freqbias.core.pde2d;

import java.util.Objects;
import org.ejml.data.DMatrixSparseCSC;
import org.freqbias.core.dist.FrequencyDistribution2D;

/**
 * The damped heat equation in frequency space (THEORY.md section 4, d = 2):
 * <pre>
 *   du/dt = (2 pi)^2 [ sigma_a^2 div( rho grad u ) - rho u ]   on [-Xi, Xi]^2, zero flux on the boundary,
 * </pre>
 * discretized with P1 triangles on a {@link Mesh2D} of {@code elementsPerAxis} cells per axis:
 * M u' = -A u. {@code diffusion = false} drops the stiffness term (the random-features,
 * damping-only limit u = u0 exp(-(2 pi)^2 rho t)).
 *
 * @param halfWidth Xi, normally the Nyquist frequency of the data grid
 */
public record PdeProblem2D(FrequencyDistribution2D rho, double sigmaA, boolean diffusion, double halfWidth,
                           int elementsPerAxis) {

    /** (2 pi)^d for d = 2: the factor the Fourier convention puts in front of both terms. */
    public static final double FACTOR = 4 * Math.PI * Math.PI;

    public PdeProblem2D {
        Objects.requireNonNull(rho, "rho");
        if (!(sigmaA >= 0) || !Double.isFinite(sigmaA)) {
            throw new IllegalArgumentException("sigmaA must be a finite number >= 0, got " + sigmaA);
        }
        new Mesh2D(halfWidth, elementsPerAxis);          // validates Xi and the element count
    }

    public Mesh2D mesh() {
        return new Mesh2D(halfWidth, elementsPerAxis);
    }

    /** The same problem on a mesh with {@code n} cells per axis. */
    public PdeProblem2D withElements(int n) {
        return new PdeProblem2D(rho, sigmaA, diffusion, halfWidth, n);
    }

    /** The operator A = (2 pi)^2 (sigma_a^2 K + R) of M u' = -A u (R alone without diffusion); a new matrix. */
    public DMatrixSparseCSC operator() {
        return operatorStencil().toCsc();
    }

    /** {@link #operator()} in the structured form the solver works with. */
    StencilMatrix operatorStencil() {
        double stiffness = diffusion ? FACTOR * sigmaA * sigmaA : 0;
        return P1Assembly2D.weighted(mesh(), rho, FACTOR, stiffness);
    }
}
