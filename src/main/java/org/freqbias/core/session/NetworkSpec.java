package org.freqbias.core.session;

import java.util.List;
import org.freqbias.core.deep.Activation;
import org.freqbias.core.deep.DeepNetworkSpec;
import org.freqbias.core.dist.FrequencySampler;

/**
 * The 2-layer Fourier-features network: width m, output-weight standard deviation sigma_a,
 * whether the initial output is made exactly zero by pairing neurons (THEORY.md section 1), and how
 * the first-layer frequencies are drawn from rho ({@link FrequencySampler.Mode}). With hidden layers
 * it is the deep Fourier-features network of core.deep (width = number of frequencies).
 */
public record NetworkSpec(int width, double sigmaA, boolean zeroInitialOutput, FrequencySampler.Mode sampling,
        List<Integer> hiddenLayers, Activation activation) {

    public static final int MAX_WIDTH = 1 << 18;

    /** Most trainable parameters of a deep network (each is 8 bytes in several arrays of the trainer). */
    public static final long MAX_PARAMETERS = 1L << 28;

    public NetworkSpec {
        SpecChecks.intRange("network.width", width, 2, MAX_WIDTH);
        if (zeroInitialOutput && width % 2 != 0) {
            throw new SessionException("network.width", "must be even when zeroInitialOutput is true (neurons come in pairs), got " + width);
        }
        SpecChecks.range("network.sigmaA", sigmaA, 0, 100);
        java.util.Objects.requireNonNull(sampling, "sampling");
        hiddenLayers = List.copyOf(hiddenLayers);
        SpecChecks.intRange("network.hiddenLayers (count)", hiddenLayers.size(), 0, DeepNetworkSpec.MAX_HIDDEN_LAYERS);
        for (int l = 0; l < hiddenLayers.size(); l++) {
            SpecChecks.intRange("network.hiddenLayers[" + l + "]", hiddenLayers.get(l), 1, DeepNetworkSpec.MAX_HIDDEN_WIDTH);
        }
        java.util.Objects.requireNonNull(activation, "activation");
        if (!hiddenLayers.isEmpty()) {
            SpecChecks.intRange("network.width (with hiddenLayers: the deep network's number of frequencies)", width, 2,
                    DeepNetworkSpec.MAX_FEATURES);
            long parameters = parameterCount(hiddenLayers, width, 2);
            if (parameters > MAX_PARAMETERS) {
                throw new SessionException("network.hiddenLayers", "the network would have " + parameters
                        + " parameters, at most " + MAX_PARAMETERS + " are allowed; lower network.width or the hidden widths");
            }
        }
    }

    /**
     * Trainable parameters of this network on inputs of the given dimension, in 64 bits (the count of
     * core.deep.ParameterLayout, which must fit an int): frequencies m d, then per dense layer its
     * weights and biases, the first layer fed by 2m features, the last one a single output without bias.
     */
    public long parameterCount(int dimension) {
        return parameterCount(hiddenLayers, width, dimension);
    }

    private static long parameterCount(List<Integer> hidden, int width, int dimension) {
        long count = (long) width * dimension;
        long in = 2L * width;
        for (int n : hidden) {
            count += in * n + n;
            in = n;
        }
        return count + in;
    }

    /** The 2-layer model with stratified sampling, the default. */
    public NetworkSpec(int width, double sigmaA, boolean zeroInitialOutput) {
        this(width, sigmaA, zeroInitialOutput, FrequencySampler.Mode.STRATIFIED, List.of(), Activation.TANH);
    }

    /** True when hidden layers follow the Fourier features (the PDE is then only a reference). */
    public boolean isDeep() {
        return !hiddenLayers.isEmpty();
    }

    /** The deep model's spec for inputs of the given dimension. */
    public DeepNetworkSpec deep(int dimension) {
        return new DeepNetworkSpec(dimension, width, hiddenLayers.stream().mapToInt(Integer::intValue).toArray(),
                activation, sigmaA, zeroInitialOutput, sampling);
    }

    public NetworkSpec withSampling(FrequencySampler.Mode newSampling) {
        return new NetworkSpec(width, sigmaA, zeroInitialOutput, newSampling, hiddenLayers, activation);
    }
}
