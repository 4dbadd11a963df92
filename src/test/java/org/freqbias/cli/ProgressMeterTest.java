package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress line on a clock the test moves: no "NaN s left" before the first step, the time left after. */
class ProgressMeterTest {

    @Test
    void beforeTheFirstStepItSaysWhereTheRunStandsAndThenTheTimeLeft() {
        long[] now = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressMeter meter = new ProgressMeter(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, () -> now[0]);
        now[0] = 2_000_000_000L;           // the PDE took 2 s before the first frame
        meter.update(0, 1.5);
        meter.update(0, 1.5);              // within a second of the last line: nothing
        now[0] = 4_000_000_000L;
        meter.update(20, 0.5);             // 20 steps in 4 s: 5 steps/s, 80 left: 16 s
        now[0] = 4_500_000_000L;
        meter.update(100, 0.25);           // the last step is always printed
        assertEquals(List.of("step 0/100 (0%)  loss 1.500",
                "step 20/100 (20%)  5 steps/s  16.0 s left  loss 0.5000",
                "step 100/100 (100%)  22 steps/s  0.0 s left  loss 0.2500"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
