package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.FrequencySampler;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Laplace;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.freqbias.core.dist.FrequencyDraw;

/**
 * The 2D empirical kernel converges to (1 + sigma_a^2 x . y) phi(x - y): at the Monte Carlo rate
 * m^(-1/2) for independent frequencies, closer still for stratified ones.
 */
class EmpiricalKernel2DTest {

    private static final double[][] POINTS = {
        {-2.0, 0.5}, {-1.1, -1.3}, {-0.3, 0.8}, {0.0, 0.0}, {0.45, -0.2}, {1.2, 1.7}, {2.5, -0.9},
    };

    private static double rmsError(int width, long seed, FrequencyDistribution2D rho, double sigmaA,
            FrequencySampler.Mode mode) {
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(width, sigmaA, true).withSampling(mode), FrequencyDraw.of(rho), seed);
        double[][] theta = EmpiricalKernel.matrix(net, POINTS);
        double sum = 0;
        for (int k = 0; k < POINTS.length; k++) {
            for (int l = 0; l < POINTS.length; l++) {
                double[] x = POINTS[k];
                double[] y = POINTS[l];
                double dot = x[0] * y[0] + x[1] * y[1];
                double exact = (1 + sigmaA * sigmaA * dot) * rho.characteristic(x[0] - y[0], x[1] - y[1]);
                sum += Math.pow(theta[k][l] - exact, 2);
            }
        }
        return Math.sqrt(sum / (POINTS.length * POINTS.length));
    }

    private static void assertMonteCarloRate(FrequencyDistribution2D rho) {
        int[] widths = {256, 1024, 4096, 16384};
        double[] logM = new double[widths.length];
        double[] logErr = new double[widths.length];
        for (int i = 0; i < widths.length; i++) {
            double mean = 0;
            for (long seed = 1; seed <= 6; seed++) {
                mean += rmsError(widths[i], seed, rho, 0.8, FrequencySampler.Mode.IID) / 6;
            }
            logM[i] = Math.log(widths[i]);
            logErr[i] = Math.log(mean);
        }
        double slope = EmpiricalKernelTest.leastSquaresSlope(logM, logErr);
        assertTrue(slope > -0.65 && slope < -0.35, rho.label() + ": log-log slope of the kernel error was " + slope);
    }

    @Test
    void radialErrorShrinksLikeOneOverSquareRootOfWidth() {
        assertMonteCarloRate(new RadialDistribution(new Gaussian(1.5)));
    }

    @Test
    void productErrorShrinksLikeOneOverSquareRootOfWidth() {
        assertMonteCarloRate(new ProductDistribution(new Laplace(1.2)));
    }

    /** sigma_a = 0 isolates the frequency part (1/m) sum cos(w_j . (x - y)), which stratification targets. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(booleans = {true, false})
    void stratifiedSamplingReducesTheKernelError(boolean radial) {
        FrequencyDistribution2D rho = radial ? new RadialDistribution(new Gaussian(1.5))
                : new ProductDistribution(new Laplace(1.2));
        double iid = 0;
        double stratified = 0;
        for (long seed = 1; seed <= 6; seed++) {
            iid += rmsError(4096, seed, rho, 0, FrequencySampler.Mode.IID);
            stratified += rmsError(4096, seed, rho, 0, FrequencySampler.Mode.STRATIFIED);
        }
        System.out.printf("%s kernel error at m = 4096, sigma_a = 0: stratified %.2e, iid %.2e%n", rho.label(),
                stratified / 6, iid / 6);
        assertTrue(stratified < 0.2 * iid, "stratified " + stratified / 6 + " vs iid " + iid / 6);
    }

    @Test
    void kernelIsSymmetricWithTheAnalyticDiagonalAtTheOrigin() {
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(64, 1.3, false),
                FrequencyDraw.of(new RadialDistribution(new Gaussian(2))), 5);
        double[][] theta = EmpiricalKernel.matrix(net, POINTS);
        for (int k = 0; k < POINTS.length; k++) {
            for (int l = 0; l < POINTS.length; l++) {
                assertEquals(theta[k][l], theta[l][k], 1e-12);
            }
        }
        // At x = 0 only the output weights count: Theta(0, 0) = (1/m) sum_j (cos^2 + sin^2) = 1.
        assertEquals(1.0, theta[3][3], 1e-12);
    }
}
