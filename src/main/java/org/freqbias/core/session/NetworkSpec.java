package org.freqbias.core.session;

import org.freqbias.core.dist.FrequencySampler;

/**
 * The 2-layer Fourier-features network: width m, output-weight standard deviation sigma_a,
 * whether the initial output is made exactly zero by pairing neurons (THEORY.md section 1), and how
 * the first-layer frequencies are drawn from rho ({@link FrequencySampler.Mode}).
 */
public record NetworkSpec(int width, double sigmaA, boolean zeroInitialOutput, FrequencySampler.Mode sampling) {

    public static final int MAX_WIDTH = 1 << 18;

    public NetworkSpec {
        SpecChecks.intRange("network.width", width, 2, MAX_WIDTH);
        if (zeroInitialOutput && width % 2 != 0) {
            throw new SessionException("network.width", "must be even when zeroInitialOutput is true (neurons come in pairs), got " + width);
        }
        SpecChecks.range("network.sigmaA", sigmaA, 0, 100);
        java.util.Objects.requireNonNull(sampling, "sampling");
    }

    /** Stratified sampling, the default. */
    public NetworkSpec(int width, double sigmaA, boolean zeroInitialOutput) {
        this(width, sigmaA, zeroInitialOutput, FrequencySampler.Mode.STRATIFIED);
    }

    public NetworkSpec withWidth(int newWidth) {
        return new NetworkSpec(newWidth, sigmaA, zeroInitialOutput, sampling);
    }

    public NetworkSpec withSampling(FrequencySampler.Mode newSampling) {
        return new NetworkSpec(width, sigmaA, zeroInitialOutput, newSampling);
    }
}
