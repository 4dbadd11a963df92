package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.special.Erf;
import org.freqbias.core.deep.Activation;
import org.freqbias.core.deep.DeepFourierNetwork;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.dist.FrequencySampler;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Laplace;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Common random numbers (issue 11): two sessions with one seed that differ only in the distribution
 * get identical output (and hidden) weights, and first-layer frequencies that are the same
 * quantiles of each law with the same signs: F1(|w1_j|) = F2(|w2_j|), with the CDFs in closed form
 * here (erf from commons-math3 for the gaussian), independent of the code under test. Stratified
 * and independent sampling, 1D and 2D, 2-layer and deep networks, built as the experiment builds
 * them from a session.
 */
class CommonRandomNumbersTest {

    /** Largest |F1(|w1|) - F2(|w2|)| allowed; measured at most 9e-16 in 1D, 2.4e-15 for the radial radius (refined table). */
    private static final double QUANTILE_TOLERANCE = 1e-9;

    /** A pair of laws and the exact CDFs of |w| under each. */
    record Pair(FrequencyDistribution first, DoubleUnaryOperator firstCdf, FrequencyDistribution second,
            DoubleUnaryOperator secondCdf) {
        @Override
        public String toString() {
            return first.label() + " vs " + second.label();
        }
    }

    private static DoubleUnaryOperator gaussianCdf(double sigma) {
        return s -> Erf.erf(s / (sigma * Math.sqrt(2)));
    }

    static Stream<Arguments> lines() {
        Pair[] pairs = {
            new Pair(new Gaussian(4), gaussianCdf(4), new Gaussian(8), gaussianCdf(8)),
            new Pair(new Gaussian(4), gaussianCdf(4), new Uniform(15), s -> s / 15),
            new Pair(new Uniform(15), s -> s / 15, new Laplace(3), s -> -Math.expm1(-s / 3)),
        };
        return Stream.of(FrequencySampler.Mode.values())
                .flatMap(mode -> Stream.of("gaussian-bias", "deep-gaussian")
                        .flatMap(sample -> Arrays.stream(pairs).map(pair -> Arguments.of(sample, mode, pair))));
    }

    /** 2D radial laws: the exact CDF of the radius (Rayleigh for the gaussian, (r/B)^2 for the disk). */
    static Stream<Arguments> planes() {
        Pair[] pairs = {
            new Pair(new Gaussian(4), r -> -Math.expm1(-r * r / 32), new Gaussian(8), r -> -Math.expm1(-r * r / 128)),
            new Pair(new Gaussian(4), r -> -Math.expm1(-r * r / 32), new Uniform(10), r -> r * r / 100),
        };
        return Stream.of(FrequencySampler.Mode.values())
                .flatMap(mode -> Stream.of(false, true)
                        .flatMap(deep -> Arrays.stream(pairs).map(pair -> Arguments.of(deep, mode, pair))));
    }

    private static Session session(String sample, FrequencySampler.Mode mode, FrequencyDistribution rho) throws IOException {
        Session s = SessionFiles.loadSample(sample);
        return s.withNetwork(s.network().withSampling(mode)).withDistribution(rho);
    }

    /** The initial parameters of a 1D session as the experiment draws them: frequencies first, then the rest. */
    private static double[][] lineParameters(Session s) {
        long seed = s.training().seed();
        if (s.network().isDeep()) {
            DeepFourierNetwork net = DeepFourierNetwork.initialize(s.network().deep(1), FrequencyDraw.of(s.distribution()), seed);
            double[] p = net.parameters();
            int m = net.frequencies().length;
            return new double[][] {net.frequencies(), Arrays.copyOfRange(p, m, p.length)};
        }
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(s.network(), FrequencyDraw.of(s.distribution()), seed);
        double[] a = net.cosineWeights();
        double[] c = net.sineWeights();
        double[] rest = Arrays.copyOf(a, 2 * a.length);
        System.arraycopy(c, 0, rest, a.length, c.length);
        return new double[][] {net.frequencies()[0], rest};
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("lines")
    void lineFrequenciesAreTheSameQuantilesAndTheOtherWeightsAreEqual(String sample, FrequencySampler.Mode mode, Pair pair)
            throws IOException {
        double[][] one = lineParameters(session(sample, mode, pair.first()));
        double[][] two = lineParameters(session(sample, mode, pair.second()));
        assertArrayEquals(one[1], two[1], 0.0, "output and hidden weights must be identical");
        double worst = 0;
        for (int j = 0; j < one[0].length; j++) {
            assertEquals(Math.signum(one[0][j]), Math.signum(two[0][j]), 0.0, "sign of w_" + j);
            worst = Math.max(worst, Math.abs(pair.firstCdf().applyAsDouble(Math.abs(one[0][j]))
                    - pair.secondCdf().applyAsDouble(Math.abs(two[0][j]))));
        }
        System.out.printf("%s %s %s: largest quantile difference %.1e%n", sample, mode, pair, worst);
        assertTrue(worst < QUANTILE_TOLERANCE, "largest quantile difference " + worst);
        assertTrue(!Arrays.equals(one[0], two[0]), "the laws differ, so must the frequencies");
    }

    @ParameterizedTest(name = "deep {0} {1} {2}")
    @MethodSource("planes")
    void planeRadiiAreTheSameQuantilesAndAnglesAreEqual(boolean deep, FrequencySampler.Mode mode, Pair pair) throws IOException {
        double[][][] w = new double[2][][];
        double[][] rest = new double[2][];
        int i = 0;
        for (FrequencyDistribution rho : new FrequencyDistribution[] {pair.first(), pair.second()}) {
            Session base = SessionFiles.loadSample("plane-waves");
            Session s = base.withPlane(new PlaneSpec(base.plane().target(), PlaneSpec.Shape.RADIAL))
                    .withNetwork(new NetworkSpec(base.network().width(), base.network().sigmaA(), true, mode,
                            deep ? List.of(16) : List.of(), Activation.TANH))
                    .withDistribution(rho);
            if (deep) {
                DeepFourierNetwork net = DeepFourierNetwork.initialize(s.network().deep(2), FrequencyDraw.of(s.distribution2D()), s.training().seed());
                double[] f = net.frequencies();
                w[i] = new double[f.length / 2][];
                for (int j = 0; j < w[i].length; j++) {
                    w[i][j] = new double[] {f[2 * j], f[2 * j + 1]};
                }
                double[] p = net.parameters();
                rest[i] = Arrays.copyOfRange(p, f.length, p.length);
            } else {
                FourierFeatureNetwork net = FourierFeatureNetwork.initialize(s.network(), FrequencyDraw.of(s.distribution2D()),
                        s.training().seed());
                double[][] components = net.frequencies();
                w[i] = new double[net.width()][];
                for (int j = 0; j < w[i].length; j++) {
                    w[i][j] = new double[] {components[0][j], components[1][j]};
                }
                rest[i] = Stream.of(net.cosineWeights(), net.sineWeights()).flatMapToDouble(Arrays::stream).toArray();
            }
            i++;
        }
        assertArrayEquals(rest[0], rest[1], 0.0, "output and hidden weights must be identical");
        double worstRadius = 0;
        double worstAngle = 0;
        for (int j = 0; j < w[0].length; j++) {
            double r1 = Math.hypot(w[0][j][0], w[0][j][1]);
            double r2 = Math.hypot(w[1][j][0], w[1][j][1]);
            worstRadius = Math.max(worstRadius, Math.abs(pair.firstCdf().applyAsDouble(r1) - pair.secondCdf().applyAsDouble(r2)));
            worstAngle = Math.max(worstAngle, Math.abs(Math.atan2(w[0][j][1], w[0][j][0]) - Math.atan2(w[1][j][1], w[1][j][0])));
        }
        System.out.printf("plane deep=%s %s %s: largest radius quantile difference %.1e, angle %.1e%n", deep, mode, pair, worstRadius, worstAngle);
        assertTrue(worstRadius < QUANTILE_TOLERANCE, "largest radius quantile difference " + worstRadius);
        assertTrue(worstAngle < 1e-12, "largest angle difference " + worstAngle);
    }
}
