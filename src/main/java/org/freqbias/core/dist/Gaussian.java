package org.freqbias.core.dist;

import org.freqbias.core.numeric.NormalQuantile;

/** rho(xi) = exp(-xi^2 / (2 sigma^2)) / (sqrt(2 pi) sigma): the usual initialization. */
public record Gaussian(double sigma) implements FrequencyDistribution {

    public Gaussian {
        Checks.positive("sigma", sigma);
    }

    @Override
    public double density(double xi) {
        double z = xi / sigma;
        return Math.exp(-0.5 * z * z) / (Math.sqrt(2 * Math.PI) * sigma);
    }

    /** |w| = sigma Phi^-1((1 + u) / 2), by {@link NormalQuantile} (relative error ~1e-16). */
    @Override
    public InverseCdf magnitudeInverseCdf() {
        return u -> sigma * NormalQuantile.halfNormal(u);
    }

    @Override
    public double characteristic(double z) {
        double s = sigma * z;
        return Math.exp(-0.5 * s * s);
    }

    @Override
    public String label() {
        return "gaussian(sigma=" + Checks.fmt(sigma) + ")";
    }
}
