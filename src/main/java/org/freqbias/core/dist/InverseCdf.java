package org.freqbias.core.dist;

/**
 * An inverse CDF, prepared once (a table built, a constant computed) and then evaluated many times:
 * {@code at(u)} is the s with F(s) = u. Every sampler maps uniform draws through one of these, so
 * that runs which differ only in the law draw the same quantiles of each (common random numbers).
 */
@FunctionalInterface
public interface InverseCdf {

    /** The s with F(s) = u, for u in [0, 1); finite. */
    double at(double u);
}
