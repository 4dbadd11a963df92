package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;

/** The deep sample sessions: a uniform first layer removes the bias of a deep network too. */
class DeepSampleSessionTest {

    private static RunResult run(String sample) throws IOException {
        Setup setup = Setup.of(SessionFiles.loadSample(sample));
        assertFalse(setup.pdeIsExact(), "hidden layers: the PDE is a reference only");
        return new ExperimentRunner(setup, Agreement.DEFAULT_MAX_FREQUENCY).run(frame -> { });
    }

    @Test
    void gaussianBiasIsAtLeastThreeTimesTheUniformOne() throws IOException {
        BiasRatio gaussian = run("deep-gaussian").networkBias();
        BiasRatio uniform = run("deep-uniform").networkBias();
        System.out.printf("deep: gaussian ratio %s, uniform ratio %s%n", gaussian, uniform);
        assertEquals(BiasRatio.Kind.EXACT, uniform.kind());
        assertTrue(gaussian.kind() == BiasRatio.Kind.EXACT || gaussian.kind() == BiasRatio.Kind.LOWER_BOUND);
        assertTrue(gaussian.value() >= 3 * uniform.value(), gaussian + " vs " + uniform);
    }
}
