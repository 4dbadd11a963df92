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
 * <p>In time, exactly up to a stated tolerance ({@link org.freqbias.core.pde2d.PdeSolver2D#TOLERANCE}):
 * one shift-and-invert Lanczos basis ({@link org.freqbias.core.pde2d.ShiftInvertLanczos}, solves with
 * a nested-dissection Cholesky of M + gamma A, {@link org.freqbias.core.pde2d.GridCholesky}) gives u
 * at every requested time, and grows until an a-posteriori bound on ||u_computed - u||_M
 * ({@link org.freqbias.core.pde2d.ResidualBound}) is met at all of them. The real and imaginary parts
 * share one run through the mesh's point symmetry ({@link org.freqbias.core.pde2d.ShiftInvertIntegrator}).
 * The structured forms ({@link org.freqbias.core.pde2d.StencilMatrix}) are what the solver works with;
 * the EJML matrices are for callers and peers ({@link org.freqbias.core.pde2d.PdeExport}). Measured
 * accuracy: P1 space error of order 2 (discrete L2); against an independent CRAM integration of the
 * same system, 6e-10 (plane-waves) and 2e-9 (image-gaussian) relative in the M-norm.
 */
package org.freqbias.core.pde2d;
