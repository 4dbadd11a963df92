package org.freqbias.core.target;

import java.util.stream.IntStream;

/**
 * g(x) = A sign(sin(xi0 x)): its spectrum has peaks at the odd harmonics xi0, 3 xi0, 5 xi0, ... with
 * amplitudes falling like 1/k. {@code harmonics} says how many of them count as peaks.
 */
public record SquareWave(double frequency, double amplitude, int harmonics) implements Target {

    public SquareWave {
        if (!(frequency > 0) || !Double.isFinite(frequency)) {
            throw new IllegalArgumentException("frequency must be a finite number > 0, got " + frequency);
        }
        if (!Double.isFinite(amplitude)) {
            throw new IllegalArgumentException("amplitude must be a finite number, got " + amplitude);
        }
        if (harmonics < 1) {
            throw new IllegalArgumentException("harmonics must be >= 1, got " + harmonics);
        }
    }

    @Override
    public double value(double x) {
        return amplitude * Math.signum(Math.sin(frequency * x));
    }

    @Override
    public double[] nominalPeaks() {
        return IntStream.range(0, harmonics).mapToDouble(k -> (2 * k + 1) * frequency).toArray();
    }
}
