package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/**
 * Draws a network's first-layer frequencies from a 2D density rho, independently or stratified.
 *
 * <p>rho is the image of the uniform law on the unit square under a map M
 * ({@link FrequencyDistribution2D#squareMap}): for a {@link RadialDistribution}
 * M(u, v) = R^-1(u) (cos 2 pi v, sin 2 pi v), R the CDF of the radius; for a
 * {@link ProductDistribution} M(u, v) = (G^-1(u), G^-1(v)), G the CDF of the axis law. The
 * frequencies are w_k = M(u_k, v_k) for points of the square:
 * <ul>
 *   <li>stratified: (u_k, v_k) = ((k + U_k) / n, frac(V + k phi)), jittered strata in u and a
 *       randomly shifted golden-ratio sequence in v (phi = (sqrt 5 - 1) / 2). The point set has low
 *       discrepancy, so (1/n) sum_k h(w_k) follows E[h(w)] far more closely than for independent
 *       draws, while a w_k of a uniformly chosen k still has law rho;</li>
 *   <li>independent: (u_k, v_k) = (U_k, V_k).</li>
 * </ul>
 * The generator is consumed in a fixed pattern whatever the law (stratified: V, then one U_k per
 * frequency; independent: U_k then V_k per frequency), so two laws drawn with equal generators get
 * the same points of the square: the same radius quantile and angle, or the same axis quantiles.
 */
public final class FrequencySampler2D {

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private FrequencySampler2D() {
    }

    /** {@code count} frequencies (result[k] = (w1, w2), fresh arrays) from rho, using only {@code rng}. */
    public static double[][] draw(FrequencyDistribution2D rho, int count, FrequencySampler.Mode mode,
            RandomGenerator rng) {
        FrequencyDistribution2D.SquareMap map = rho.squareMap();
        double[][] w = new double[count][2];
        if (mode == FrequencySampler.Mode.STRATIFIED) {
            double shift = rng.nextDouble();
            for (int k = 0; k < count; k++) {
                map.map(FrequencySampler.uniform(k, count, mode, rng), fraction(shift + k * GOLDEN), w[k]);
            }
        } else {
            for (double[] draw : w) {
                double u = FrequencySampler.uniform(0, 1, mode, rng);
                map.map(u, rng.nextDouble(), draw);
            }
        }
        return w;
    }

    private static double fraction(double t) {
        return t - Math.floor(t);
    }
}
