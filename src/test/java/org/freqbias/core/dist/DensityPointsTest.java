package org.freqbias.core.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** "Edit as points": every family as a drawn density, checked against the family's own density. */
class DensityPointsTest {

    static Stream<FrequencyDistribution> families() {
        return Stream.of(new Gaussian(4), new Uniform(15), new Laplace(2), new Ramp(12, 2), new Ramp(10, 0.5),
                new Mixture(0.3, new Gaussian(2), new Uniform(9)), new Gaussian(0.05));
    }

    @ParameterizedTest
    @MethodSource("families")
    void theDrawnDensityFollowsTheFamilyWithinItsTolerance(FrequencyDistribution rho) {
        PiecewiseLinearDensity drawn = DensityPoints.of(rho);
        double[] nodes = drawn.breakpoints();
        double extent = nodes[nodes.length - 1];
        double peak = 0;
        for (double x = 0; x <= extent; x += extent / 20000) {
            peak = Math.max(peak, rho.density(x));
        }
        double worst = 0;
        for (double x = 0; x <= 1.5 * extent; x += extent / 20000) {
            if (nearAJump(rho, x, extent)) {
                continue;
            }
            worst = Math.max(worst, Math.abs(drawn.density(x) - rho.density(x)));
        }
        // Interpolation within 0.5 % of the peak, plus the renormalization of the cut tail (mass <= 1e-4).
        assertTrue(worst <= (DensityPoints.TOLERANCE + 2e-4) * peak, rho.label() + ": worst " + worst / peak + " of the peak");
        assertTrue(nodes.length < 400, rho.label() + ": " + nodes.length + " points");
        for (double x = extent * 1.0001; x < 2 * extent; x += extent / 100) {
            assertTrue(rho.density(x) < DensityPoints.TAIL * peak * 1.0001, "only the tail below 1e-4 of the peak is cut");
        }
        assertEquals(1, 2 * integral(drawn, extent), 1e-9, "unit mass");
    }

    @Test
    void simplifiedKeepsEveryDroppedPointWithinTheTolerance() {
        double[] xi = new double[401];
        double[] d = new double[401];
        for (int i = 0; i < xi.length; i++) {
            xi[i] = 0.03 * i;
            d[i] = Math.exp(-xi[i]) * (1.2 + Math.cos(xi[i]));    // unnormalized: the check is on the shape
        }
        PiecewiseLinearDensity thin = DensityPoints.simplified(xi, d, 2e-3);
        assertTrue(thin.breakpoints().length < 60, thin.breakpoints().length + " points");
        // The thinned density is normalized: compare shapes through the ratio at the first point.
        double scale = d[0] / thin.density(0);
        for (int i = 0; i < xi.length; i++) {
            assertEquals(d[i], scale * thin.density(xi[i]), 2e-3 * 2.2 + 1e-12, "xi = " + xi[i]);
        }
        PiecewiseLinearDensity line = DensityPoints.simplified(new double[] {0, 1, 2, 3}, new double[] {3, 2, 1, 0}, 1e-9);
        assertEquals(2, line.breakpoints().length, "collinear points reduce to the ends");
    }

    /** Within 1e-5 of a breakpoint where the family jumps, where the drawn density rises over 2e-6 of b. */
    private static boolean nearAJump(FrequencyDistribution rho, double x, double extent) {
        for (double b : rho.breakpoints()) {
            if (Math.abs(x - b) < 1e-5 * Math.max(b, extent)) {
                return true;
            }
        }
        return false;
    }

    private static double integral(PiecewiseLinearDensity d, double extent) {
        double[] s = d.breakpoints();
        double sum = 0;
        for (int k = 0; k + 1 < s.length; k++) {
            sum += 0.5 * (d.density(s[k]) + d.density(s[k + 1] - 1e-15 * s[k + 1])) * (s[k + 1] - s[k]);
        }
        return sum;
    }
}
