/**
 * The damped heat equation in frequency space (THEORY.md sections 4-5) with d = 2, on the square
 * [-Xi, Xi]^2 with zero flux on its boundary, by P1 linear triangles:
 * {@link org.freqbias.core.pde2d.Mesh2D} (a structured triangulation, each cell cut along one
 * diagonal) and {@link org.freqbias.core.pde2d.P1Assembly2D} (sparse {@code mass},
 * {@code weightedMass(rho)}, {@code weightedStiffness(rho)}) give M u' = -A u with
 * A = (2 pi)^2 (sigma_a^2 K + R); {@link org.freqbias.core.pde2d.PdeSolver2D} integrates it from a
 * {@link org.freqbias.core.spectrum.Spectrum} on a {@link org.freqbias.core.spectrum.PlaneGrid} (or from the
 * residual on the data grid) and samples |u| and the loss at requested times as a
 * {@link org.freqbias.core.spectrum.SpectrumTrajectory}.
 *
 * <p>In time: Crank-Nicolson with a Rannacher start (two backward-Euler half steps), every step
 * through one sparse Cholesky factorization of M + dt/2 A. The dense eigen-decomposition of the 1D
 * package would cost O(n^3) = 7.5e10 operations and 140 MB at 4225 nodes; the CRAM propagator of
 * the 1D package needs complex sparse solves EJML does not offer. Measured accuracy: P1 space error
 * order 2 (discrete L2); time error order 2 in dt, ~1e-4 of max |u0| after the damping start with
 * the default step ({@link org.freqbias.core.pde2d.PdeSolver2D#RATE_STEP}).
 */
package org.freqbias.core.pde2d;
