/**
 * The 1D two-layer Fourier-features network and its full-batch gradient descent (THEORY.md
 * sections 1-3).
 *
 * <ul>
 *   <li>{@link org.freqbias.core.net.FourierFeatureNetwork}: the parameters (w, a, c), seeded
 *       initialization with optional exactly-zero initial output, and the plain formula for f.</li>
 *   <li>{@link org.freqbias.core.net.GradientDescent}: the trainer (loss, fit on the grid, steps,
 *       divergence report); it owns a small pool of daemon threads, so close it.</li>
 *   <li>{@link org.freqbias.core.net.StepKernel}: the fast static kernel under the trainer (no
 *       trigonometric call per sample, vectorizable loops, caller-owned arrays);
 *       {@link org.freqbias.core.net.ReferenceStep}: the same step from the formulas, for tests and
 *       benchmarks.</li>
 *   <li>{@link org.freqbias.core.net.EmpiricalKernel}: the finite-width NTK, whose limit is
 *       (1 + sigma_a^2 x y) phi(x - y).</li>
 * </ul>
 */
package org.freqbias.core.net;
