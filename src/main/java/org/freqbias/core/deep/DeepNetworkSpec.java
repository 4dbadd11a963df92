package org.freqbias.core.deep;

import java.util.Arrays;
import org.freqbias.core.dist.FrequencySampler;

/**
 * Shape and initialization of a {@link DeepFourierNetwork}.
 *
 * <p>The network maps x in R^d to
 * <pre>
 *   z_0 = [cos(w_1 . x), ..., cos(w_m . x), sin(w_1 . x), ..., sin(w_m . x)]   (2m features)
 *   h_l = sigma(W_l h_{l-1} / sqrt(n_{l-1}) + b_l),   l = 1..k                 (h_0 = z_0)
 *   f(x) = v . h_k / sqrt(n_k)
 * </pre>
 * with the fan-in of the Fourier block counted as m (not 2m): each frequency contributes
 * cos^2 + sin^2 = 1, so a pre-activation fed by z_0 has variance exactly 1 at initialization.
 * With no hidden layers (k = 0) this is the 2-layer model of THEORY.md section 1,
 * f(x) = (1/sqrt m) sum_j a_j cos(w_j . x) + c_j sin(w_j . x) with (a, c) = v.
 *
 * @param dimension         d, the input dimension (1 or 2)
 * @param features          m, the number of first-layer frequencies w_j in R^d
 * @param hiddenLayers      widths n_1..n_k of the hidden layers; empty for the 2-layer model
 * @param activation        sigma of the hidden layers
 * @param sigmaA            standard deviation of the output weights v (hidden weights are N(0, 1),
 *                          hidden biases start at 0)
 * @param zeroInitialOutput when true the network reports f(x) = net(x) - net_0(x), where net_0 is a
 *                          frozen copy of the initial network, so the initial output is exactly 0
 * @param sampling          how the frequencies w_j are drawn from rho (as for the 2-layer model)
 */
public record DeepNetworkSpec(int dimension, int features, int[] hiddenLayers, Activation activation,
        double sigmaA, boolean zeroInitialOutput, FrequencySampler.Mode sampling) {

    public static final int MAX_FEATURES = 1 << 16;
    public static final int MAX_HIDDEN_WIDTH = 1 << 14;
    public static final int MAX_HIDDEN_LAYERS = 16;

    public DeepNetworkSpec {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, got " + dimension);
        }
        if (features < 1 || features > MAX_FEATURES) {
            throw new IllegalArgumentException("features must be an integer in [1, " + MAX_FEATURES + "], got " + features);
        }
        if (hiddenLayers == null) {
            throw new IllegalArgumentException("hiddenLayers must not be null; use an empty array for no hidden layer");
        }
        if (hiddenLayers.length > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("at most " + MAX_HIDDEN_LAYERS + " hidden layers, got " + hiddenLayers.length);
        }
        hiddenLayers = hiddenLayers.clone();
        for (int l = 0; l < hiddenLayers.length; l++) {
            if (hiddenLayers[l] < 1 || hiddenLayers[l] > MAX_HIDDEN_WIDTH) {
                throw new IllegalArgumentException("hiddenLayers[" + l + "] must be an integer in [1, "
                        + MAX_HIDDEN_WIDTH + "], got " + hiddenLayers[l]);
            }
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation must be one of " + Arrays.toString(Activation.values()));
        }
        if (!(sigmaA >= 0 && sigmaA <= 100)) {
            throw new IllegalArgumentException("sigmaA must lie in [0, 100], got " + sigmaA);
        }
        if (sampling == null) {
            throw new IllegalArgumentException("sampling must be one of " + Arrays.toString(FrequencySampler.Mode.values()));
        }
    }

    /** With stratified frequencies, the default of sessions. */
    public DeepNetworkSpec(int dimension, int features, int[] hiddenLayers, Activation activation, double sigmaA,
            boolean zeroInitialOutput) {
        this(dimension, features, hiddenLayers, activation, sigmaA, zeroInitialOutput, FrequencySampler.Mode.STRATIFIED);
    }

    /** A 1D network with sigmaA = 1 and zero initial output, e.g. {@code line(256, TANH, 128, 128)}. */
    public static DeepNetworkSpec line(int features, Activation activation, int... hiddenLayers) {
        return new DeepNetworkSpec(1, features, hiddenLayers, activation, 1.0, true);
    }

    /** A copy of the hidden widths n_1..n_k. */
    @Override
    public int[] hiddenLayers() {
        return hiddenLayers.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeepNetworkSpec s && dimension == s.dimension && features == s.features
                && Arrays.equals(hiddenLayers, s.hiddenLayers) && activation == s.activation
                && Double.compare(sigmaA, s.sigmaA) == 0 && zeroInitialOutput == s.zeroInitialOutput
                && sampling == s.sampling;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {dimension, features, Arrays.hashCode(hiddenLayers), activation, sigmaA,
            zeroInitialOutput, sampling});
    }

    @Override
    public String toString() {
        return "DeepNetworkSpec[dimension=" + dimension + ", features=" + features + ", hiddenLayers="
                + Arrays.toString(hiddenLayers) + ", activation=" + activation + ", sigmaA=" + sigmaA
                + ", zeroInitialOutput=" + zeroInitialOutput + ", sampling=" + sampling + "]";
    }
}
