package org.freqbias.core.target;

/**
 * g = +1 / -1 on a board of {@code cells} x {@code cells} squares covering [-L, L)^2. Its spectrum
 * peaks at (+-xi0, +-xi0) with xi0 = pi cells / (2L), and at odd multiples of it.
 */
public record Checkerboard(int cells, double halfWidth) implements Target2D {

    public Checkerboard {
        if (cells < 1 || cells > 4096) {
            throw new IllegalArgumentException("cells must be an integer in [1, 4096], got " + cells);
        }
        if (!(halfWidth > 0)) {
            throw new IllegalArgumentException("halfWidth must be > 0, got " + halfWidth);
        }
    }

    private double fundamental() {
        return Math.PI * cells / (2 * halfWidth);
    }

    @Override
    public double value(double x1, double x2) {
        // Offset by half a sample-free phase so no grid point sits on a cell edge where sin = 0.
        double xi0 = fundamental();
        return Math.signum(Math.sin(xi0 * (x1 + halfWidth) + 1e-9)) * Math.signum(Math.sin(xi0 * (x2 + halfWidth) + 1e-9));
    }

    @Override
    public double[][] nominalPeaks() {
        double xi0 = fundamental();
        return new double[][] {{xi0, xi0}, {xi0, -xi0}};
    }
}
