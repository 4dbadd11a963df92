package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/**
 * Draws a network's first-layer frequencies from a 2D density rho, independently or stratified.
 *
 * <p>Stratified: rho is written as the image of the unit square under a map M built from the
 * coordinates in which it factorizes, and the n points (u_k, v_k) = ((k + U_k) / n, frac(V + k phi))
 * (jittered strata in u, a randomly shifted golden-ratio sequence in v, phi = (sqrt 5 - 1) / 2) are
 * mapped to w_k = M(u_k, v_k). The point set has low discrepancy, so (1/n) sum_k h(w_k) follows
 * E[h(w)] far more closely than for independent draws, while the empirical law stays unbiased:
 * a w_k of a uniformly chosen k has law rho. The maps:
 * <ul>
 *   <li>{@link RadialDistribution}: |w| = F^-1(u) with F the CDF of |w| (density proportional to
 *       rho1(r) r), angle 2 pi v;</li>
 *   <li>{@link ProductDistribution}: w1 = G^-1(u), w2 = G^-1(v) with G the CDF of the axis law
 *       on the whole line (symmetric: G^-1(u) = sign(2u - 1) H^-1(|2u - 1|), H the CDF of |w|);</li>
 *   <li>any other law: independent draws.</li>
 * </ul>
 */
public final class FrequencySampler2D {

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private FrequencySampler2D() {
    }

    /** {@code count} frequencies (result[k] = (w1, w2), fresh arrays) from rho, using only {@code rng}. */
    public static double[][] draw(FrequencyDistribution2D rho, int count, FrequencySampler.Mode mode,
            RandomGenerator rng) {
        double[][] w = new double[count][2];
        boolean stratified = mode == FrequencySampler.Mode.STRATIFIED;
        if (stratified && rho instanceof RadialDistribution radial) {
            FrequencyDistribution profile = radial.profile();
            QuantileTable radii = new QuantileTable(r -> profile.density(r) * r, QuantileTable.extentOf(profile));
            double shift = rng.nextDouble();
            for (int k = 0; k < count; k++) {
                double r = radii.quantile((k + rng.nextDouble()) / count);
                double angle = 2 * Math.PI * fraction(shift + k * GOLDEN);
                w[k][0] = r * Math.cos(angle);
                w[k][1] = r * Math.sin(angle);
            }
        } else if (stratified && rho instanceof ProductDistribution product) {
            FrequencyDistribution axis = product.axis();
            QuantileTable magnitudes = new QuantileTable(axis::density, QuantileTable.extentOf(axis));
            double shift = rng.nextDouble();
            for (int k = 0; k < count; k++) {
                w[k][0] = signedQuantile(magnitudes, (k + rng.nextDouble()) / count);
                w[k][1] = signedQuantile(magnitudes, fraction(shift + k * GOLDEN));
            }
        } else {
            for (double[] draw : w) {
                rho.sample(rng, draw);
            }
        }
        return w;
    }

    private static double fraction(double t) {
        return t - Math.floor(t);
    }

    /** G^-1(u) of a symmetric law from the quantiles of its magnitude. */
    private static double signedQuantile(QuantileTable magnitudes, double u) {
        double t = 2 * u - 1;
        double magnitude = magnitudes.quantile(Math.abs(t));
        return t < 0 ? -magnitude : magnitude;
    }
}
