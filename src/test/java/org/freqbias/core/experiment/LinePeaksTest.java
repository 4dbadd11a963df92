package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.target.FormulaTarget;
import org.freqbias.core.target.Target;
import org.junit.jupiter.api.Test;

/** Peaks derived from the spectrum of a target given without nominal ones. */
class LinePeaksTest {

    private static final Domain DOMAIN = Domain.line(10, 1024);

    private static final LineGrid GRID = new LineGrid(DOMAIN.halfWidth(), DOMAIN.samples());

    /** |g^| of {@code t} on the grid. */
    private static double[] spectrum(Target t) {
        return GRID.transform(t.sample(DOMAIN.axis())).abs();
    }

    private static int[] locate(double[] abs, double[] nominal) {
        return LinePeaks.locate(GRID, abs, nominal);
    }

    /** The gaussian-bias target as a formula: the derived peaks are the nominal 2, 6 and 11 snapped to the grid. */
    @Test
    void derivedPeaksOfTheWavePacketAreItsComponents() {
        double[] s = spectrum(new FormulaTarget("exp(-x^2/2) * (sin(2*x) + sin(6*x) + sin(11*x))", new double[0]));
        assertArrayEquals(locate(s, new double[] {2, 6, 11}), locate(s, new double[0]));
    }

    /** A soft square wave of frequency 2: its three strongest odd harmonics 2, 6 and 10 (the 5th, at 10, is 1/5 of the first). */
    @Test
    void derivedPeaksOfASoftSquareWaveAreItsFirstOddHarmonics() {
        double[] s = spectrum(new FormulaTarget("tanh(4*sin(2*x)) * exp(-x^2/18)", new double[0]));
        int[] derived = locate(s, new double[0]);
        double[] xi = Arrays.stream(derived).mapToDouble(k -> GRID.xi(k)).toArray();
        assertEquals(3, xi.length, Arrays.toString(xi));
        double spacing = Math.PI / 10;
        for (int p = 0; p < 3; p++) {
            assertEquals(2 * (2 * p + 1), xi[p], spacing, Arrays.toString(xi));   // within one FFT bin
        }
    }

    /** A spectrum falling from xi = 0 has no local maximum: the strongest non-zero frequency stands in; a zero target has none. */
    @Test
    void aMonotoneSpectrumGivesTheStrongestFrequencyAndZeroGivesNone() {
        assertArrayEquals(new int[] {1}, locate(spectrum(new FormulaTarget("exp(-x^2)", new double[0])), new double[0]));
        assertArrayEquals(new int[0], locate(spectrum(new FormulaTarget("0 * x", new double[0])), new double[0]));
    }
}
