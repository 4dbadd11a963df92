package org.freqbias.core.target;

/** One term A sin(xi . x) of a 2D target. */
public record PlaneWave(double frequency1, double frequency2, double amplitude) {

    public PlaneWave {
        if (!Double.isFinite(frequency1) || !Double.isFinite(frequency2) || (frequency1 == 0 && frequency2 == 0)) {
            throw new IllegalArgumentException("a plane wave needs a finite, non-zero frequency vector, got ("
                    + frequency1 + ", " + frequency2 + ")");
        }
        if (!Double.isFinite(amplitude)) {
            throw new IllegalArgumentException("amplitude must be a finite number, got " + amplitude);
        }
    }
}
