package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/**
 * rho(xi1, xi2) = rho1(xi1) rho1(xi2): both frequency components drawn independently from one 1D
 * family. A uniform family gives the uniform square [-B, B]^2.
 */
public record ProductDistribution(FrequencyDistribution axis) implements FrequencyDistribution2D {

    @Override
    public double density(double xi1, double xi2) {
        return axis.density(xi1) * axis.density(xi2);
    }

    @Override
    public void sample(RandomGenerator rng, double[] out) {
        out[0] = axis.sample(rng);
        out[1] = axis.sample(rng);
    }

    @Override
    public double characteristic(double z1, double z2) {
        return axis.characteristic(z1) * axis.characteristic(z2);
    }

    @Override
    public String label() {
        return "product " + axis.label();
    }
}
