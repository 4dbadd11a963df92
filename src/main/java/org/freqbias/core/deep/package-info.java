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
 * parameter vector ({@link org.freqbias.core.deep.ParameterLayout}); the package-private
 * {@code Backprop} runs forward and backward passes by hand over buffers it owns, on the blocked
 * products of {@code DenseKernels}; {@link org.freqbias.core.deep.DeepTrainer} owns the mutable
 * state of one training run and an {@link org.freqbias.core.deep.Optimizer}.
 *
 * <p>Cost of one step: about 3 N (2m n_1 + n_1 n_2 + ...) multiply-adds plus 2 N m sines and
 * cosines, single threaded.
 */
package org.freqbias.core.deep;
