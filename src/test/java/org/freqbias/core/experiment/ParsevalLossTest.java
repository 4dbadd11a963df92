package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.net.Trainer;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At t = 0 the PDE's Parseval loss and the network's grid loss 1/2 sum r^2 dx^d are the same number
 * (discrete Parseval on the FFT frequencies, which are the mesh nodes), for smooth and for rough
 * targets, with and without zero initial output.
 */
class ParsevalLossTest {

    @ParameterizedTest
    @ValueSource(strings = {"gaussian-bias", "uniform-no-bias", "random-features"})
    void lineSessions(String sample) throws Exception {
        for (boolean zero : new boolean[] {true, false}) {
            Session session = SessionFiles.loadSample(sample);
            NetworkSpec n = session.network();
            session = session.withNetwork(new NetworkSpec(256, n.sigmaA(), zero, n.sampling(), n.hiddenLayers(), n.activation()));
            Setup setup = Setup.of(session);
            double gridLoss = networkLoss(setup.newTrainer());
            double pdeLoss = setup.predictionAt(new double[] {0}).loss()[0];
            assertEquals(gridLoss, pdeLoss, 1e-10 * gridLoss, sample + ", zero initial output " + zero);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{ \"type\": \"planeWaves\", \"envelopeWidth\": 1.5, \"components\": [ { \"frequency\": [3.0, 0.0], \"amplitude\": 1.0 } ] }",
        "{ \"type\": \"checkerboard\", \"cells\": 6 }"})
    void planeSessions(String target) {
        for (boolean zero : new boolean[] {true, false}) {
            Session session = SessionFiles.parse("""
                    { "name": "p", "domain": { "dimension": 2, "halfWidth": 8.0, "samples": 32 }, "target": %s,
                      "distribution": { "type": "gaussian", "sigma": 3.0 },
                      "network": { "width": 256, "sigmaA": 1.0, "zeroInitialOutput": %s },
                      "training": { "learningRate": 0.01, "steps": 10 } }
                    """.formatted(target, zero), "test");
            Setup setup = Setup.of(session);
            double pdeLoss = setup.predictionAt(new double[] {0}).loss()[0];
            double gridLoss = networkLoss(setup.newTrainer());
            assertEquals(gridLoss, pdeLoss, 1e-10 * gridLoss, target + ", zero initial output " + zero);
        }
    }

    /** The network's own loss 1/2 sum (f - g)^2 dx^d before any step. */
    private static double networkLoss(Trainer trainer) {
        try (trainer) {
            return trainer.loss();
        }
    }
}
