package org.freqbias.core.deep;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each parameter lives in the flat vector of a {@link DeepFourierNetwork}.
 *
 * <p>Dense layer l = 0..k maps width n_l to n_{l+1}, with n_0 = 2m (the Fourier block), n_1..n_k
 * the hidden widths and n_{k+1} = 1 (layer k is the linear output, without bias). Order:
 * <ol>
 *   <li>frequencies: w_j[a] at j d + a (m d values);</li>
 *   <li>for each hidden layer l + 1: its weights stored input-major, the weight from input unit i
 *       to output unit o at i n_{l+1} + o, then its n_{l+1} biases;</li>
 *   <li>the output weights v (n_k values; for k = 0 the cosine block a_j, then the sine block c_j).</li>
 * </ol>
 * The pre-activation of layer l is scaled by 1/sqrt(m) for l = 0 and by 1/sqrt(n_l) otherwise.
 */
public final class ParameterLayout {

    private final int dimension;
    private final int features;
    private final int[] widths;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int size;

    public ParameterLayout(DeepNetworkSpec spec) {
        dimension = spec.dimension();
        features = spec.features();
        int[] hidden = spec.hiddenLayers();
        int k = hidden.length;
        widths = new int[k + 2];
        widths[0] = 2 * features;
        System.arraycopy(hidden, 0, widths, 1, k);
        widths[k + 1] = 1;
        weightOffsets = new int[k + 1];
        biasOffsets = new int[k];
        long offset = (long) features * dimension;
        for (int l = 0; l <= k; l++) {
            weightOffsets[l] = Math.toIntExact(offset);
            offset += (long) widths[l] * widths[l + 1];
            if (l < k) {
                biasOffsets[l] = Math.toIntExact(offset);
                offset += widths[l + 1];
            }
        }
        size = Math.toIntExact(offset);
    }

    public int dimension() {
        return dimension;
    }

    /** m, the number of frequencies. */
    public int features() {
        return features;
    }

    /** Number of dense layers including the output layer, k + 1. */
    public int denseLayers() {
        return weightOffsets.length;
    }

    /** Input width n_l of dense layer l (n_0 = 2m). */
    public int inputWidth(int l) {
        return widths[l];
    }

    /** Output width n_{l+1} of dense layer l (1 for the output layer). */
    public int outputWidth(int l) {
        return widths[l + 1];
    }

    /** The NTK factor of dense layer l: 1/sqrt(m) for l = 0, 1/sqrt(n_l) otherwise. */
    public double scale(int l) {
        return 1 / Math.sqrt(l == 0 ? features : widths[l]);
    }

    public int weightOffset(int l) {
        return weightOffsets[l];
    }

    /** Offset of the biases of dense layer l; the output layer (l = k) has none. */
    public int biasOffset(int l) {
        if (l >= biasOffsets.length) {
            throw new IllegalArgumentException("the output layer has no bias");
        }
        return biasOffsets[l];
    }

    /** Total number of parameters. */
    public int size() {
        return size;
    }

    /** The blocks in vector order: frequencies, hidden1.weights, hidden1.bias, ..., output.weights. */
    public List<ParameterGroup> groups() {
        List<ParameterGroup> groups = new ArrayList<>();
        groups.add(new ParameterGroup("frequencies", 0, features * dimension));
        int k = biasOffsets.length;
        for (int l = 0; l < k; l++) {
            groups.add(new ParameterGroup("hidden" + (l + 1) + ".weights", weightOffsets[l], widths[l] * widths[l + 1]));
            groups.add(new ParameterGroup("hidden" + (l + 1) + ".bias", biasOffsets[l], widths[l + 1]));
        }
        groups.add(new ParameterGroup("output.weights", weightOffsets[k], widths[k]));
        return groups;
    }
}
