package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/** rho(xi) = exp(-|xi| / b) / (2b): heavier tails than the gaussian, a milder bias. */
public record Laplace(double scale) implements FrequencyDistribution {

    public Laplace {
        Checks.positive("scale", scale);
    }

    @Override
    public double density(double xi) {
        return Math.exp(-Math.abs(xi) / scale) / (2 * scale);
    }

    @Override
    public double sample(RandomGenerator rng) {
        double magnitude = -scale * Math.log(1 - rng.nextDouble()); // exponential(scale), never log(0)
        return rng.nextBoolean() ? magnitude : -magnitude;
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

    @Override
    public String label() {
        return "laplace(scale=" + Checks.fmt(scale) + ")";
    }
}
