/**
 * The two-layer Fourier-features network on 1D and 2D inputs and its full-batch gradient descent
 * (THEORY.md sections 1-3).
 *
 * <ul>
 *   <li>{@link org.freqbias.core.net.FourierFeatureNetwork}: the parameters (w as d rows of m
 *       components, a, c) for d = 1 or 2, seeded initialization from a
 *       {@link org.freqbias.core.dist.FrequencyDraw} with optional exactly-zero initial output, and the
 *       plain formula for f.</li>
 *   <li>{@link org.freqbias.core.net.GradientDescent}: the trainer on the tensor grid of a
 *       {@link org.freqbias.core.grid.Domain} of the network's dimension (loss, fit on the grid,
 *       steps, divergence report), a front of one engine (FusedDescent); it owns a small pool of
 *       daemon threads, so close it.</li>
 *   <li>{@link org.freqbias.core.net.StepKernel}: the fast static kernel under the trainer (no
 *       trigonometric call per sample, vectorizable loops, caller-owned arrays), for 1D and 2D grids
 *       laid out by {@link org.freqbias.core.net.StepGrid};
 *       {@link org.freqbias.core.net.ReferenceStep}: the same step from the formulas in any
 *       dimension, for tests and benchmarks.</li>
 *   <li>{@link org.freqbias.core.net.EmpiricalKernel}: the finite-width NTK (1D and 2D), whose
 *       limit is (1 + sigma_a^2 x . y) phi(x - y).</li>
 * </ul>
 */
package org.freqbias.core.net;
