package org.freqbias.core.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sampled targets: linear between the samples, zero outside; CSV errors with line and column. */
class SampledTargetTest {

    @Test
    void linearBetweenSamplesAndZeroOutside() {
        SampledTarget t = SampledTarget.of(new double[][] {{-2, 1}, {0, 3}, {4, -1}}, new double[0]);
        assertEquals(2, t.value(-1), 1e-15);
        assertEquals(3, t.value(0), 0);
        assertEquals(1, t.value(2), 1e-15);
        assertEquals(-1, t.value(4), 0);
        assertEquals(0, t.value(-2.0001), 0);
        assertEquals(0, t.value(4.0001), 0);
        // A line sampled at two points is reproduced exactly in between.
        SampledTarget line = SampledTarget.of(new double[][] {{-10, -25}, {10, 35}}, new double[0]);
        for (double x = -10; x <= 10; x += 0.37) {
            assertEquals(3 * x + 5, line.value(x), 1e-13);
        }
    }

    @Test
    void badPointsAreRefusedWithTheirIndex() {
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> SampledTarget.of(new double[][] {{0, 1}, {2, 1}, {2, 3}}, new double[0]));
        assertTrue(order.getMessage().contains("points[2]: x = 2.0 must be greater"), order.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> SampledTarget.of(new double[][] {{0, 1}}, new double[0]));
        assertTrue(one.getMessage().contains("between 2 and 65536 points"), one.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> SampledTarget.of(new double[][] {{0, 1}, {1, Double.NaN}}, new double[0]));
        assertTrue(nan.getMessage().contains("points[1]"), nan.getMessage());
    }

    @Test
    void csvWithAHeaderBlankLinesAndCrLfReadsItsRows() {
        SampledTarget t = CsvSamples.parse("x,y\r\n-1, 0.5\r\n\r\n0,1\r\n 2.5e0 ,-3\r\n", new double[] {3});
        assertArrayEquals(new double[][] {{-1, 0.5}, {0, 1}, {2.5, -3}}, t.points());
        assertArrayEquals(new double[] {3}, t.nominalPeaks(), 0);
        assertEquals(2, CsvSamples.parse("0,1\n1,2", new double[0]).points().length, "no header, no final newline");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "x,y\\n0,1\\n1,abc\\n|line 3, column 2: \"abc\" is not a number",
        "0,1\\n1,2,3\\n|line 2: expected two columns x,y separated by a comma, got 3",
        "0,1\\n2,1\\n1,5\\n|line 3, column 1: x = 1.0 is not greater than the x of the row before, 2.0",
        "0,1\\nNaN,2\\n|line 2, column 1: \"NaN\" is not a number",
        "0,1\\n1,1e999\\n|line 2, column 2: 1e999 is not a finite number",
        "x,y\\n0,1\\n|at least two rows",
        "x;y\\n0;1\\n1;2\\n|line 2: expected two columns x,y separated by a comma, got 1",
    })
    void badCsvNamesTheLineAndColumn(String text, String hint) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvSamples.parse(text.replace("\\n", "\n"), new double[0]));
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }
}
