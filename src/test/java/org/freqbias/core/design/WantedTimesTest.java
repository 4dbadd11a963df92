package org.freqbias.core.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The wanted shape: presets, interpolation, the damping-limit time scale against closed forms, and refused input. */
class WantedTimesTest {

    @Test
    void presetsHaveTheirShapes() {
        WantedTimes together = WantedTimes.together(12);
        assertEquals(12, together.band());
        for (double x = 0; x <= 12; x += 0.7) {
            assertEquals(1, together.at(x), 0);
        }
        assertTrue(Double.isNaN(together.at(12.01)), "nothing is wanted beyond the band");
        WantedTimes reversed = WantedTimes.reversed(10);
        assertEquals(WantedTimes.LATER, reversed.at(0), 1e-15);
        assertEquals(1, reversed.at(10), 1e-15);
        assertEquals(2.5, reversed.at(5), 1e-12, "linear in between");
        WantedTimes band = WantedTimes.band(4, 8, 14);
        assertEquals(14, band.band());
        assertEquals(1, band.at(4), 0);
        assertEquals(1, band.at(6), 0);
        assertEquals(1, band.at(8), 0);
        assertEquals(WantedTimes.LATER, band.at(3.5), 0);
        assertEquals(WantedTimes.LATER, band.at(8.5), 0);
        assertEquals(WantedTimes.LATER, band.at(13), 0);
        assertEquals(8, WantedTimes.band(2, 8, 5).band(), 0, "the band reaches at least its upper edge");
    }

    @Test
    void dampingScaleMatchesClosedForms() {
        // c = (2 pi)^-d integral over |xi| <= B of 1 / s.
        assertEquals(12 / Math.PI, WantedTimes.together(12).dampingScale(1), 1e-12);
        assertEquals(12.0 * 12 / (4 * Math.PI), WantedTimes.together(12).dampingScale(2), 1e-12);
        // s = 4 - 3 x / B: integral_0^B dx / s = (B / 3) ln 4; integral_0^B x dx / s = (B^2 / 9) (4 ln 4 - 3).
        double b = 10;
        assertEquals(b / 3 * Math.log(4) / Math.PI, WantedTimes.reversed(b).dampingScale(1), 1e-9);
        assertEquals(b * b / 9 * (4 * Math.log(4) - 3) / (2 * Math.PI), WantedTimes.reversed(b).dampingScale(2), 1e-9);
        // Below the first point s is s_0: points from 2 on with s = 2 is s = 2 on [0, 6].
        assertEquals(6 / 2.0 / Math.PI, new WantedTimes(new double[] {2, 6}, new double[] {2, 2}).dampingScale(1), 1e-12);
    }

    @Test
    void csvPointsAreReadWithTheirLines() {
        WantedTimes w = WantedTimes.parseCsv("xi,time\n0,1\n5,2\n\n10,4\n");
        assertEquals(3, w.size());
        assertEquals(3, w.at(7.5), 1e-12);
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> WantedTimes.parseCsv("0,1\n5,2\n4,3\n"));
        assertTrue(order.getMessage().startsWith("line 3, column 1: xi = 4.0 is not greater"), order.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class, () -> WantedTimes.parseCsv("0,1\n5,soon\n"));
        assertTrue(word.getMessage().startsWith("line 2, column 2: \"soon\" is not a number"), word.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> WantedTimes.parseCsv("0,1\n5,0\n"));
        assertTrue(zero.getMessage().contains("point 2") && zero.getMessage().contains("> 0"), zero.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> WantedTimes.parseCsv("-1,1\n5,1\n"));
        assertTrue(negative.getMessage().contains(">= 0"), negative.getMessage());
    }

    @Test
    void presetsRefuseBadBands() {
        assertThrows(IllegalArgumentException.class, () -> WantedTimes.together(0));
        assertThrows(IllegalArgumentException.class, () -> WantedTimes.reversed(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> WantedTimes.band(8, 4, 12));
    }
}
