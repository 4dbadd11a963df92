package org.freqbias.core.dist;

import org.freqbias.core.numeric.GaussLegendre;

/**
 * rho(xi) = (p + 1) |xi|^p / (2 B^(p+1)) on [-B, B]: more initial frequencies at high |xi|, so high
 * frequencies are learned first and the bias is reversed.
 */
public record Ramp(double band, double power) implements FrequencyDistribution {

    /** Panels on [B/2, B] for the characteristic function, which has no closed form for real p. */
    private static final int QUADRATURE_PANELS = 64;

    public Ramp {
        Checks.positive("band", band);
        Checks.range("power", power, 0, 20);
    }

    @Override
    public double density(double xi) {
        double a = Math.abs(xi);
        return a <= band ? (power + 1) * Math.pow(a / band, power) / (2 * band) : 0.0;
    }

    /** P(|w| <= s) = (s / B)^(p+1), so s = B u^(1 / (p+1)). */
    @Override
    public InverseCdf magnitudeInverseCdf() {
        double exponent = 1 / (power + 1);
        return u -> band * Math.pow(u, exponent);
    }

    @Override
    public double characteristic(double z) {
        // phi(z) = 2 * integral_0^B rho(s) cos(z s) ds; |s|^p is not smooth at 0, hence the grading.
        return 2 * GaussLegendre.integrateGradedAtZero(s -> density(s) * Math.cos(z * s), band, QUADRATURE_PANELS);
    }

    @Override
    public double[] breakpoints() {
        return new double[] {0.0, band};
    }

    /** The band edge; at 0 |xi|^p has a kink at most. */
    @Override
    public double[] jumps() {
        return new double[] {band};
    }

    @Override
    public String label() {
        return "ramp(band=" + Checks.fmt(band) + ", power=" + Checks.fmt(power) + ")";
    }
}
