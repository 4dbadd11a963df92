package org.freqbias.core.session;

/**
 * The finite-element discretization: number of P1 elements across [-Xi, Xi] and the half-width Xi
 * of the frequency domain (0 means the Nyquist frequency of the data grid). {@code diffusion} off
 * gives the damping-only (random-features) limit.
 */
public record PdeSpec(int elements, double maxFrequency, boolean diffusion) {

    public static final int MAX_ELEMENTS = 1 << 16;

    public PdeSpec {
        SpecChecks.intRange("pde.elements", elements, 2, MAX_ELEMENTS);
        SpecChecks.range("pde.maxFrequency", maxFrequency, 0, 1e6);
    }

    /** Xi for a data grid whose Nyquist frequency is {@code nyquist}. */
    public double halfWidth(double nyquist) {
        return maxFrequency == 0 ? nyquist : maxFrequency;
    }
}
