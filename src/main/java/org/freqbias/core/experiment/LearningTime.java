package org.freqbias.core.experiment;

/**
 * The first time t at which the relative error |r^(xi, t)| / |r^(xi, 0)| falls below 1/e. When the
 * run ended before that, {@code time} is the last time seen and {@code lowerBound} is true: the
 * true learning time is larger.
 */
public record LearningTime(double time, boolean lowerBound) {

    /** "3.21" or ">20" for display and CSV. */
    public String display() {
        String value = String.format(java.util.Locale.ROOT, "%.4g", time);
        return lowerBound ? ">" + value : value;
    }
}
