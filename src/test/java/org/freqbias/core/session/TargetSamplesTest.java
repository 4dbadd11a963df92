package org.freqbias.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.grid.Domain;
import org.freqbias.core.target.Target;
import org.freqbias.core.target.Target2D;
import org.junit.jupiter.api.Test;

/** A target that is not a finite number somewhere on the grid is refused, naming where. */
class TargetSamplesTest {

    @Test
    void aNanOrInfiniteSampleIsNamedWithItsPoint() {
        Domain line = Domain.line(4, 8);                      // x = -4, -3, ..., 3
        Target pole = new Target() {
            @Override
            public double value(double x) {
                return 1 / (x - 1);                           // infinite at x = 1, grid point 5
            }

            @Override
            public double[] nominalPeaks() {
                return new double[0];
            }
        };
        SessionException e = assertThrows(SessionException.class, () -> SpecChecks.finiteSamples("target", pole, line));
        assertEquals("target", e.field());
        assertTrue(e.getMessage().contains("Infinity at x = 1.0 (grid point 5)"), e.getMessage());
        Target2D hole = new Target2D() {
            @Override
            public double value(double x1, double x2) {
                return x1 == -4 && x2 == 2 ? Double.NaN : 0;
            }

            @Override
            public double[][] nominalPeaks() {
                return new double[0][];
            }
        };
        e = assertThrows(SessionException.class, () -> SpecChecks.finiteSamples("target", hole, new Domain(2, 4, 8)));
        assertTrue(e.getMessage().contains("NaN at x = (-4.0, 2.0)"), e.getMessage());
    }
}
