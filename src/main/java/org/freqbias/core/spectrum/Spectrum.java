package org.freqbias.core.spectrum;

import org.freqbias.core.grid.Domain;

/**
 * The continuous Fourier transform r^(xi) = integral r(x) exp(-i xi . x) dx of a function sampled
 * on a data grid, at the frequencies of a {@link FrequencyGrid}: re[k] + i im[k] at xi_k. Made by
 * {@link FrequencyGrid#transform}; the arrays are never modified after construction.
 */
public record Spectrum(FrequencyGrid grid, double[] re, double[] im) {

    public Spectrum {
        if (re.length != grid.size() || im.length != grid.size()) {
            throw new IllegalArgumentException("re and im need one value per grid frequency (" + grid.size() + "), got "
                    + re.length + " and " + im.length);
        }
    }

    /** The transform of real samples {@code values} on the grid of {@code domain} (either dimension). */
    public static Spectrum of(double[] values, Domain domain) {
        return FrequencyGrid.of(domain).transform(values);
    }

    public int size() {
        return re.length;
    }

    /** |r^(xi_k)| for each k (a new array). */
    public double[] abs() {
        double[] out = new double[re.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.hypot(re[k], im[k]);
        }
        return out;
    }
}
