package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LearningTimeTrackerTest {

    @Test
    void exponentialDecayGivesItsTimeConstantAndSlowOnesAreLowerBounds() {
        double[] tau = {0.37, 2.0, 5.0, 50.0};
        double[] initial = {2, 1, 0.5, 3};
        LearningTimeTracker tracker = new LearningTimeTracker(initial);
        for (int j = 0; j <= 100; j++) {
            double t = 0.1 * j;
            double[] abs = new double[tau.length];
            for (int k = 0; k < tau.length; k++) {
                abs[k] = initial[k] * Math.exp(-t / tau[k]);
            }
            tracker.add(t, abs);
        }
        for (int k = 0; k < 3; k++) {
            LearningTime lt = tracker.at(k);
            assertFalse(lt.lowerBound());
            assertEquals(tau[k], lt.time(), 1e-9, "log-linear interpolation is exact for exponentials");
        }
        LearningTime slow = tracker.at(3);
        assertTrue(slow.lowerBound());
        assertEquals(10.0, slow.time(), 1e-12);
        assertEquals(">10.00", slow.display());
    }

    @Test
    void biasRatioSaysWhetherItIsABound() {
        LearningTime fast = new LearningTime(1, false);
        LearningTime slow = new LearningTime(20, true);
        assertEquals(BiasRatio.Kind.LOWER_BOUND, BiasRatio.of(new LearningTime[] {fast, slow}).kind());
        assertEquals(BiasRatio.Kind.UPPER_BOUND, BiasRatio.of(new LearningTime[] {slow, fast}).kind());
        assertEquals(20, BiasRatio.of(new LearningTime[] {fast, new LearningTime(20, false)}).value(), 0);
    }
}
