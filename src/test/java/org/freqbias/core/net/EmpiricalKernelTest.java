package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.FrequencySampler;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/**
 * The empirical kernel converges to (1 + sigma_a^2 x y) phi(x - y): at the Monte Carlo rate m^(-1/2)
 * for independent frequencies, faster still for stratified ones.
 */
class EmpiricalKernelTest {

    private static final double[] POINTS = {-2.0, -1.1, -0.3, 0.0, 0.45, 1.2, 2.5};

    private static double rmsError(int width, long seed, FrequencyDistribution rho, double sigmaA, FrequencySampler.Mode mode) {
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(width, sigmaA, true).withSampling(mode), FrequencyDraw.of(rho), seed);
        double[][] theta = EmpiricalKernel.matrix(net, Points.of(POINTS));
        double sum = 0;
        for (int k = 0; k < POINTS.length; k++) {
            for (int l = 0; l < POINTS.length; l++) {
                double x = POINTS[k];
                double y = POINTS[l];
                double exact = (1 + sigmaA * sigmaA * x * y) * rho.characteristic(x - y);
                sum += Math.pow(theta[k][l] - exact, 2);
            }
        }
        return Math.sqrt(sum / (POINTS.length * POINTS.length));
    }

    @Test
    void errorShrinksLikeOneOverSquareRootOfWidth() {
        FrequencyDistribution rho = new Gaussian(1.5);
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
        double slope = leastSquaresSlope(logM, logErr);
        assertTrue(slope > -0.65 && slope < -0.35, "log-log slope of the kernel error was " + slope);
    }

    /**
     * Stratified frequencies leave the frequency part of the kernel, (1/m) sum cos(w_j (x - y)),
     * far closer to phi than independent ones, width for width (sigma_a = 0 isolates that part).
     */
    @Test
    void stratifiedSamplingReducesTheKernelError() {
        FrequencyDistribution rho = new Gaussian(1.5);
        double iid = 0;
        double stratified = 0;
        for (long seed = 1; seed <= 6; seed++) {
            iid += rmsError(4096, seed, rho, 0, FrequencySampler.Mode.IID);
            stratified += rmsError(4096, seed, rho, 0, FrequencySampler.Mode.STRATIFIED);
        }
        System.out.printf("kernel error at m = 4096, sigma_a = 0: stratified %.2e, iid %.2e%n", stratified / 6, iid / 6);
        assertTrue(stratified < 0.2 * iid, "stratified " + stratified / 6 + " vs iid " + iid / 6);
    }

    @Test
    void kernelIsSymmetricWithTheAnalyticDiagonalScale() {
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(64, 1.3, false), FrequencyDraw.of(new Gaussian(2)), 5);
        double[][] theta = EmpiricalKernel.matrix(net, Points.of(POINTS));
        for (int k = 0; k < POINTS.length; k++) {
            for (int l = 0; l < POINTS.length; l++) {
                assertEquals(theta[k][l], theta[l][k], 1e-12);
            }
        }
        // At x = 0 only the output weights count: Theta(0, 0) = (1/m) sum_j (cos^2 + sin^2) = 1 exactly.
        assertEquals(1.0, theta[3][3], 1e-12);
    }

    static double leastSquaresSlope(double[] x, double[] y) {
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
