package org.freqbias.core.spectrum;

import org.freqbias.core.grid.Domain;

/**
 * Where the spectra of a run live, and the transform onto them: the FFT frequencies of a data
 * window, in 1D the non-negative ones ({@link LineGrid}), in 2D the centred square
 * ({@link PlaneGrid}). Every spectrum, trajectory, learning time and distance of a run is an array
 * indexed by this grid ({@code k = 0 .. size() - 1}), so code above it never asks for the dimension.
 */
public sealed interface FrequencyGrid permits LineGrid, PlaneGrid {

    /** The grid of {@code domain}'s dimension. */
    static FrequencyGrid of(Domain domain) {
        return domain.dimension() == 1 ? new LineGrid(domain.halfWidth(), domain.samples())
                : new PlaneGrid(domain.halfWidth(), domain.samples());
    }

    /** d, the number of components of a frequency. */
    int dimension();

    /** L of the data window [-L, L)^d. */
    double halfWidth();

    /** N, the data samples per axis. */
    int samples();

    /** The spacing of the frequencies along an axis, dxi = pi / L (as {@link Domain#frequencySpacing()}). */
    default double spacing() {
        return Math.PI / halfWidth();
    }

    /** The spacing of the data grid, dx = 2 L / N (as {@link Domain#spacing()}). */
    default double dataSpacing() {
        return 2 * halfWidth() / samples();
    }

    /** The number of frequencies: N/2 + 1 in 1D, N^2 in 2D. */
    int size();

    /** The frequency of index k as a new d-vector. */
    double[] frequency(int k);

    /** |xi_k|. */
    double magnitude(int k);

    /** |xi_k| for every k (a new array). */
    default double[] magnitudes() {
        double[] out = new double[size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = magnitude(k);
        }
        return out;
    }

    /** The CSV header of the frequency columns: "xi" or "xi1,xi2". */
    String coordinateHeader();

    /** The CSV cells of frequency k under {@link #coordinateHeader()}, each at round-trip precision. */
    String coordinates(int k);

    /**
     * The transform r^(xi) = integral r(x) exp(-i xi . x) dx of samples on the data grid (1D: N
     * values; 2D: N^2, row-major, values[i1 N + i2] = r(x_i1, x_i2)), approximated by
     * dx^d sum r(x) exp(-i xi . x) at this grid's frequencies by one FFT. Reads {@code values} only.
     */
    Spectrum transform(double[] values);
}
