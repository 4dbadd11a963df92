package org.freqbias.core.target;

/** One term A sin(xi x) of a target. */
public record SineComponent(double frequency, double amplitude) {

    public SineComponent {
        if (!(frequency > 0) || !Double.isFinite(frequency)) {
            throw new IllegalArgumentException("frequency must be a finite number > 0, got " + frequency);
        }
        if (!Double.isFinite(amplitude)) {
            throw new IllegalArgumentException("amplitude must be a finite number, got " + amplitude);
        }
    }
}
