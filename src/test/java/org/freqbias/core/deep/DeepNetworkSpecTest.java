package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DeepNetworkSpecTest {

    @Test
    void badValuesAreRejectedWithTheFieldAndTheAllowedRange() {
        expect("dimension must be 1 or 2, got 3", () -> new DeepNetworkSpec(3, 8, new int[0], Activation.TANH, 1, true));
        expect("features must be an integer in [1, 65536], got 0",
                () -> new DeepNetworkSpec(1, 0, new int[0], Activation.TANH, 1, true));
        expect("hiddenLayers[1] must be an integer in [1, 16384], got 0",
                () -> DeepNetworkSpec.line(8, Activation.RELU, 4, 0));
        expect("activation must be one of [TANH, RELU, SINE]",
                () -> new DeepNetworkSpec(1, 8, new int[0], null, 1, true));
        expect("sigmaA must lie in [0, 100], got NaN",
                () -> new DeepNetworkSpec(1, 8, new int[0], Activation.SINE, Double.NaN, true));
    }

    @Test
    void hiddenWidthsAreCopiedInAndOut() {
        int[] widths = {4, 5};
        DeepNetworkSpec spec = DeepNetworkSpec.line(8, Activation.TANH, widths);
        widths[0] = 99;
        spec.hiddenLayers()[1] = 99;
        assertArrayEquals(new int[] {4, 5}, spec.hiddenLayers());
        assertEquals(DeepNetworkSpec.line(8, Activation.TANH, 4, 5), spec);
    }

    @Test
    void layoutCountsEveryGroupInOrder() {
        DeepNetworkSpec spec = new DeepNetworkSpec(2, 3, new int[] {4, 5}, Activation.TANH, 1, false);
        ParameterLayout layout = new ParameterLayout(spec);
        List<ParameterGroup> groups = layout.groups();
        assertEquals(List.of(new ParameterGroup("frequencies", 0, 6), new ParameterGroup("hidden1.weights", 6, 24),
                new ParameterGroup("hidden1.bias", 30, 4), new ParameterGroup("hidden2.weights", 34, 20),
                new ParameterGroup("hidden2.bias", 54, 5), new ParameterGroup("output.weights", 59, 5)), groups);
        assertEquals(64, layout.size());
        assertEquals(1 / Math.sqrt(3), layout.scale(0), 0.0);
        assertEquals(1 / Math.sqrt(4), layout.scale(1), 0.0);
    }

    private static void expect(String message, Executable bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
