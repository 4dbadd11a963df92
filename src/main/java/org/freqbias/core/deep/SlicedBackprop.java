package org.freqbias.core.deep;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * {@link Backprop} over fixed slices of {@value #SLICE} points, run in parallel on the common
 * fork-join pool. The slicing depends only on the number of points, and the per-slice gradients
 * are summed in slice order, so results are bitwise the same on any number of cores.
 */
final class SlicedBackprop {

    static final int SLICE = 256;

    private final Backprop[] slices;
    private final double[][] outputs;
    private final double[][] weights;
    private final double[][] gradients;

    /** @param points n points in R^d, point i at points[i d ..]; copied per slice */
    SlicedBackprop(ParameterLayout layout, Activation activation, double[] points) {
        int dimension = layout.dimension();
        int n = Backprop.pointCount(layout, points);
        int count = Math.max(1, (n + SLICE - 1) / SLICE);
        slices = new Backprop[count];
        outputs = new double[count][];
        weights = new double[count][];
        gradients = new double[count][];
        for (int s = 0; s < count; s++) {
            int from = s * SLICE;
            int to = Math.min(n, from + SLICE);
            slices[s] = new Backprop(layout, activation, Arrays.copyOfRange(points, from * dimension, to * dimension));
            outputs[s] = new double[to - from];
            weights[s] = new double[to - from];
            gradients[s] = new double[layout.size()];
        }
    }

    /** Writes net(x_i) into out[i]; keeps each slice's activations for {@link #backward}. */
    void forward(double[] params, double[] out) {
        run(s -> slices[s].forward(params, outputs[s]));
        for (int s = 0; s < slices.length; s++) {
            System.arraycopy(outputs[s], 0, out, s * SLICE, outputs[s].length);
        }
    }

    /**
     * Overwrites {@code grad} with d/dtheta sum_i w[i] net(x_i) at the parameters of the last
     * {@link #forward}. Only {@code grad} is modified.
     */
    void backward(double[] params, double[] w, double[] grad) {
        for (int s = 0; s < slices.length; s++) {
            System.arraycopy(w, s * SLICE, weights[s], 0, weights[s].length);
        }
        run(s -> slices[s].backward(params, weights[s], gradients[s]));
        System.arraycopy(gradients[0], 0, grad, 0, grad.length);
        for (int s = 1; s < slices.length; s++) {
            double[] g = gradients[s];
            for (int q = 0; q < grad.length; q++) {
                grad[q] += g[q];
            }
        }
    }

    private void run(IntConsumer task) {
        if (slices.length == 1) {
            task.accept(0);
        } else {
            IntStream.range(0, slices.length).parallel().forEach(task);
        }
    }
}
