package org.freqbias.core.dist;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * The one-sample Kolmogorov-Smirnov test for the tests of this package. The distribution of the
 * statistic comes from commons-math3, which is on the classpath through JTransforms.
 */
final class KolmogorovSmirnov {

    /** The significance used by the tests: a true law is rejected once in a thousand seeds. */
    static final double ALPHA = 1e-3;

    private KolmogorovSmirnov() {
    }

    /** D_n = sup_x |F_n(x) - F(x)| of the sample against the CDF, evaluated at both sides of every jump of F_n. */
    static double statistic(double[] sample, DoubleUnaryOperator cdf) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(sorted[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        return d;
    }

    /** P(D_n >= d) under the null hypothesis, from the Pelz-Good expansion (accurate for large n). */
    static double pValue(double d, int n) {
        return 1 - new KolmogorovSmirnovTest().pelzGood(d, n);
    }
}
