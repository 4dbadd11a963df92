package org.freqbias.core.dist;

/** rho(xi) = 1 / (2B) on [-B, B]: every frequency in the band is learned at the same rate. */
public record Uniform(double band) implements FrequencyDistribution {

    public Uniform {
        Checks.positive("band", band);
    }

    @Override
    public double density(double xi) {
        return Math.abs(xi) <= band ? 0.5 / band : 0.0;
    }

    /** |w| is uniform on [0, B]: s = B u. */
    @Override
    public InverseCdf magnitudeInverseCdf() {
        return u -> band * u;
    }

    @Override
    public double characteristic(double z) {
        double s = band * z;
        return Math.abs(s) < 1e-8 ? 1 - s * s / 6 : Math.sin(s) / s;
    }

    @Override
    public double[] breakpoints() {
        return new double[] {band};
    }

    @Override
    public String label() {
        return "uniform(band=" + Checks.fmt(band) + ")";
    }
}
