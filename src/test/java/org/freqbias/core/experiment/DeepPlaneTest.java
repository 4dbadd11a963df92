package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.deep.Activation;
import org.freqbias.core.deep.DeepFourierNetwork;
import org.freqbias.core.deep.DeepNetworkSpec;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** Deep networks on 2D inputs: first-layer frequencies drawn from the 2D law, trained on a 2D session. */
class DeepPlaneTest {

    private static final DeepNetworkSpec SPEC = new DeepNetworkSpec(2, 4000, new int[] {8}, Activation.TANH, 1.0, true);

    @Test
    void uniformDiskAndSquareGiveDifferentFirstLayers() {
        double band = 5;
        double[] disk = DeepFourierNetwork.initialize(SPEC, FrequencyDraw.of(new RadialDistribution(new Uniform(band))), 7).frequencies();
        double[] square = DeepFourierNetwork.initialize(SPEC, FrequencyDraw.of(new ProductDistribution(new Uniform(band))), 7).frequencies();
        int cornersOfSquare = 0;
        for (int j = 0; j < SPEC.features(); j++) {
            assertTrue(Math.hypot(disk[2 * j], disk[2 * j + 1]) <= band + 1e-12, "a disk draw left the disk");
            assertTrue(Math.abs(square[2 * j]) <= band && Math.abs(square[2 * j + 1]) <= band, "a square draw left the square");
            if (Math.hypot(square[2 * j], square[2 * j + 1]) > band) {
                cornersOfSquare++;
            }
        }
        // The corners hold 1 - pi/4 = 21.5 % of the square; 4000 draws: standard error 0.65 %.
        assertEquals(1 - Math.PI / 4, cornersOfSquare / (double) SPEC.features(), 0.03);
    }

    @Test
    void radialGaussianHasTheSecondMomentOfTwoAxes() {
        double sigma = 3;
        double[] w = DeepFourierNetwork.initialize(SPEC, FrequencyDraw.of(new RadialDistribution(new Gaussian(sigma))), 11).frequencies();
        double sum = 0;
        for (double v : w) {
            sum += v * v;
        }
        // E|w|^2 = 2 sigma^2 for an isotropic gaussian; 4000 draws: relative standard error 1.6 %.
        assertEquals(2 * sigma * sigma, sum / SPEC.features(), 0.08 * 2 * sigma * sigma);
    }

    @Test
    void aDeepPlaneSessionTrainsWithThePdeAsReference() throws Exception {
        Session session = SessionFiles.parse("""
                { "name": "deep-plane", "domain": { "dimension": 2, "halfWidth": 8.0, "samples": 16 },
                  "target": { "type": "planeWaves", "envelopeWidth": 2.0,
                              "components": [ { "frequency": [1.5, 0.0], "amplitude": 1.0 } ] },
                  "distribution": { "type": "gaussian", "sigma": 2.0, "shape": "radial" },
                  "network": { "width": 64, "sigmaA": 1.0, "hiddenLayers": [16], "activation": "tanh" },
                  "training": { "learningRate": 0.01, "steps": 60, "snapshotEvery": 20, "optimizer": "adam" } }
                """, "test");
        Setup setup = Setup.of(session);
        assertFalse(setup.pdeIsExact());
        List<Frame> frames = new ArrayList<>();
        RunResult result = new ExperimentRunner(setup, 20).run(frames::add);
        assertNull(result.divergence());
        assertEquals(60, result.stepsDone());
        assertEquals(4, frames.size());
        // Zero initial output: the first loss is the target's own, 1/2 sum g^2 dx^2.
        double dx = session.domain().spacing();
        double targetLoss = 0;
        for (double g : setup.target()) {
            targetLoss += 0.5 * g * g * dx * dx;
        }
        assertEquals(targetLoss, frames.get(0).snapshot().loss(), 1e-12 * targetLoss);
        double first = frames.get(0).snapshot().loss();
        double last = frames.get(3).snapshot().loss();
        assertTrue(last < 0.5 * first, "Adam should at least halve the loss in 60 steps: " + first + " -> " + last);
    }
}
