package org.freqbias.core.experiment;

/**
 * The learning time of the highest target peak over that of the lowest: above 1 the usual
 * frequency bias, near 1 none, below 1 reversed. When a learning time is only a lower bound the
 * ratio is a bound too, and {@code kind} says which.
 */
public record BiasRatio(double value, Kind kind) {

    public enum Kind { EXACT, LOWER_BOUND, UPPER_BOUND, UNKNOWN }

    /** The ratio of {@code peakTimes}, given in ascending order of |xi|. */
    public static BiasRatio of(LearningTime[] peakTimes) {
        if (peakTimes.length < 2) {
            return new BiasRatio(Double.NaN, Kind.UNKNOWN);
        }
        LearningTime low = peakTimes[0];
        LearningTime high = peakTimes[peakTimes.length - 1];
        double value = high.time() / low.time();
        Kind kind;
        if (!low.lowerBound() && !high.lowerBound()) {
            kind = Kind.EXACT;
        } else if (!low.lowerBound()) {
            kind = Kind.LOWER_BOUND;
        } else if (!high.lowerBound()) {
            kind = Kind.UPPER_BOUND;
        } else {
            kind = Kind.UNKNOWN;
        }
        return new BiasRatio(value, kind);
    }
}
