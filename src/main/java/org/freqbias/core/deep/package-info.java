/**
 * A multi-layer Fourier-features network, trained full batch on the loss of the 2-layer model,
 * Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx^d.
 *
 * <p>Model ({@link org.freqbias.core.deep.DeepNetworkSpec}): trainable frequencies w_j drawn from a
 * {@link org.freqbias.core.dist.FrequencyDistribution} (one draw per component in 2D), the block
 * [cos(w . x), sin(w . x)], k dense hidden layers with NTK scaling W h / sqrt(fan-in) + b and
 * weights N(0, 1), and a linear output without bias. With k = 0 it is exactly the 2-layer model.
 * Zero initial output subtracts a frozen copy of the initial network.
 *
 * <p>Layers: {@link org.freqbias.core.deep.DeepFourierNetwork} is an immutable value with a flat
 * parameter vector ({@link org.freqbias.core.deep.ParameterLayout});
 * {@link org.freqbias.core.deep.DeepTrainer} owns the mutable state of one training run, an
 * {@link org.freqbias.core.deep.Optimizer} and a package-private {@code ParallelPass}: the points
 * split into fixed parts ({@code PartPass}, forward and backward by hand, chunk by chunk, in
 * buffers allocated once) run on the trainer's own daemon threads; the Fourier block comes from
 * rotation tables on the grid ({@code GridFeatures}) or from sines and cosines at arbitrary points
 * ({@code PointFeatures}); the dense products are the vectorizable row kernels of
 * {@link org.freqbias.core.deep.RowKernels}. The tests check all of it against a plain
 * point-by-point implementation ({@code ReferenceNetwork}, test-only).
 *
 * <p>Cost of one step: about 3 N (2m n_1 + n_1 n_2 + ... + n_k) multiply-adds, 252 M for N = 1024,
 * m = 256 and two hidden layers of 128, at about 0.09 ns each per core; no sine or cosine per
 * entry on a grid.
 */
package org.freqbias.core.deep;
