package org.freqbias.core.dist;

import java.util.Arrays;
import java.util.stream.DoubleStream;

/** rho = weight * first + (1 - weight) * second. */
public record Mixture(double weight, FrequencyDistribution first, FrequencyDistribution second)
        implements FrequencyDistribution {

    public Mixture {
        Checks.range("weight", weight, 0, 1);
        if (first == null || second == null) {
            throw new IllegalArgumentException("a mixture needs both a first and a second distribution");
        }
    }

    @Override
    public double density(double xi) {
        return weight * first.density(xi) + (1 - weight) * second.density(xi);
    }

    /**
     * The CDF of |w| is weight F1 + (1 - weight) F2, which has no closed-form inverse: a
     * {@link QuantileTable} of the density.
     */
    @Override
    public InverseCdf magnitudeInverseCdf() {
        return QuantileTable.ofMagnitude(this);
    }

    @Override
    public double characteristic(double z) {
        return weight * first.characteristic(z) + (1 - weight) * second.characteristic(z);
    }

    @Override
    public double[] breakpoints() {
        return DoubleStream.concat(Arrays.stream(first.breakpoints()), Arrays.stream(second.breakpoints()))
                .distinct().sorted().toArray();
    }

    @Override
    public double[] jumps() {
        return DoubleStream.concat(Arrays.stream(first.jumps()), Arrays.stream(second.jumps())).distinct().sorted().toArray();
    }

    @Override
    public String label() {
        return "mixture(" + Checks.fmt(weight) + " " + first.label() + ", " + second.label() + ")";
    }
}
