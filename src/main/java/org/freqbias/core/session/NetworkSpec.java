package org.freqbias.core.session;

/**
 * The 2-layer Fourier-features network: width m, output-weight standard deviation sigma_a, and
 * whether the initial output is made exactly zero by pairing neurons (THEORY.md section 1).
 */
public record NetworkSpec(int width, double sigmaA, boolean zeroInitialOutput) {

    public static final int MAX_WIDTH = 1 << 18;

    public NetworkSpec {
        SpecChecks.intRange("network.width", width, 2, MAX_WIDTH);
        if (zeroInitialOutput && width % 2 != 0) {
            throw new SessionException("network.width", "must be even when zeroInitialOutput is true (neurons come in pairs), got " + width);
        }
        SpecChecks.range("network.sigmaA", sigmaA, 0, 100);
    }

    public NetworkSpec withWidth(int newWidth) {
        return new NetworkSpec(newWidth, sigmaA, zeroInitialOutput);
    }
}
