/**
 * The damped heat equation in frequency space (THEORY.md sections 4-5), 1D, with P1 finite
 * elements: {@link org.freqbias.core.pde.Mesh1D} and {@link org.freqbias.core.pde.P1Assembly} give
 * M u' = -A u with A = 2 pi (sigma_a^2 K + R); {@link org.freqbias.core.pde.PdeSolver} integrates it
 * in time from the transform of the initial residual.
 *
 * <p>Two integrators, chosen by the factory: the generalized symmetric eigenproblem A v = lambda M v
 * (exact in time, the reference, dense O(n^3)), and an order-16 Chebyshev rational approximation of
 * exp(-t M^-1 A) (CRAM) applied with complex tridiagonal solves (O(n) per time, ~1e-11 from the
 * exact integrator; used for trajectories on every interactive re-solve and for meshes too large
 * to diagonalize). Unlike Crank-Nicolson or Pade steps, CRAM is uniformly accurate on the whole
 * spectrum, so the stiff high-frequency modes of a fine mesh are damped correctly at any step
 * length, and one step per requested snapshot time suffices.
 */
package org.freqbias.core.pde;
