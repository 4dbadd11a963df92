package org.freqbias.core.dist;

/** rho(xi) = exp(-|xi| / b) / (2b): heavier tails than the gaussian, a milder bias. */
public record Laplace(double scale) implements FrequencyDistribution {

    public Laplace {
        Checks.positive("scale", scale);
    }

    @Override
    public double density(double xi) {
        return Math.exp(-Math.abs(xi) / scale) / (2 * scale);
    }

    /** |w| is exponential with mean b: P(|w| <= s) = 1 - exp(-s / b), so s = -b log(1 - u). */
    @Override
    public InverseCdf magnitudeInverseCdf() {
        return u -> -scale * Math.log1p(-u);
    }

    @Override
    public double characteristic(double z) {
        double s = scale * z;
        return 1 / (1 + s * s);
    }

    @Override
    public double[] breakpoints() {
        return new double[] {0.0};
    }

    /** The kink at 0 is no jump. */
    @Override
    public double[] jumps() {
        return new double[0];
    }

    @Override
    public String label() {
        return "laplace(scale=" + Checks.fmt(scale) + ")";
    }
}
