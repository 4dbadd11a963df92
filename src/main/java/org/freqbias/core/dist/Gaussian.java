package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

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

    @Override
    public double sample(RandomGenerator rng) {
        return sigma * rng.nextGaussian();
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
