package org.freqbias.core.net;

import java.util.Arrays;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.numeric.PartRunner;

/**
 * The engine under {@link GradientDescent}, in 1D and 2D: full-batch gradient
 * descent on Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx^d over the tensor grid of a {@link Domain}
 * (THEORY.md section 2), theta &lt;- theta - eta grad Loss for all of w, a, c.
 *
 * <p>Mutable, owned by one thread. Each {@link #step()} runs {@link StepKernel#stepNeurons} on a
 * fixed split of the neurons into {@link #parts(int)} parts (at multiples of {@link StepKernel#GROUP}),
 * which depends on the width alone; the parts run on the calling thread and the daemon threads of a
 * {@link PartRunner} owned by this object, released by {@link #close()}. Each part sums its neurons'
 * outputs into its own buffer and the buffers are added in part order, so results depend only on
 * the session, never on the thread count or timing: a run split over fewer threads (several runs
 * at once) is bit-identical to one on every core.
 */
final class FusedDescent implements AutoCloseable {

    /** Fewest neurons per thread worth the hand-off. */
    private static final int MIN_NEURONS_PER_THREAD = 512;
    /** Fewest neurons per part: each part costs a grid-sized buffer to clear and to add. */
    static final int MIN_NEURONS_PER_PART = 256;
    /** Most parts: enough to share a step among 16 threads, few enough that their buffers stay cheap. */
    static final int MAX_PARTS = 16;

    private final StepGrid grid;
    private final double eta;
    private final double[] target;
    /** Frequency components w[k][j], k &lt; dimension. */
    final double[][] w;
    final double[] a;
    final double[] c;
    private final double[] anchors;
    private final double[] f;
    private final double[][] r;
    private final int[] bounds;
    private final double[][][] partial;
    private final StepKernel.Workspace[] workspaces;
    private final PartRunner runner;
    private long steps;
    private double loss;
    private boolean finite = true;

    /** One thread per core, at most one per 512 neurons. */
    static int defaultThreads(int width) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), width / MIN_NEURONS_PER_THREAD));
    }

    /** The parts a step of a network of {@code width} neurons is split into: width / 256, in [1, 16]. */
    static int parts(int width) {
        return Math.max(1, Math.min(MAX_PARTS, width / MIN_NEURONS_PER_PART));
    }

    /**
     * A trainer from the parameters w[k][j], a, c (taken over, not copied: the caller passes fresh
     * copies) towards {@code targetOnGrid} (g on the flat row-major grid, copied), with learning rate
     * eta, its {@link #parts} run on {@code threads} threads (1 = no pool).
     */
    FusedDescent(double[][] w, double[] a, double[] c, Domain domain, double[] targetOnGrid, double learningRate,
            int threads) {
        grid = StepGrid.of(domain);
        int n = grid.samples();
        if (w.length != domain.dimension()) {
            throw new IllegalArgumentException("a " + w.length + "D network needs a " + w.length
                    + "D domain, got dimension " + domain.dimension());
        }
        if (targetOnGrid.length != n) {
            throw new IllegalArgumentException("target must have one value per grid point: expected " + n
                    + " values, got " + targetOnGrid.length);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + learningRate);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        eta = learningRate;
        target = targetOnGrid.clone();
        this.w = w;
        this.a = a;
        this.c = c;
        int m = a.length;
        int rows = grid.rows();
        anchors = new double[StepKernel.ANCHORS * w.length * m];
        f = new double[n];
        r = new double[rows][StepKernel.BLOCK];
        int parts = parts(m);
        bounds = new int[parts + 1];
        for (int t = 1; t < parts; t++) {
            bounds[t] = (int) ((long) m * t / parts) / StepKernel.GROUP * StepKernel.GROUP;
        }
        bounds[parts] = m;
        partial = new double[parts][rows][StepKernel.BLOCK];
        workspaces = new StepKernel.Workspace[parts];
        for (int t = 0; t < parts; t++) {
            workspaces[t] = new StepKernel.Workspace(grid);
        }
        runner = new PartRunner(parts, threads, "gradient-descent");
        runner.run(t -> {
            StepKernel.anchor(w, bounds[t], bounds[t + 1], grid, anchors);
            StepKernel.addOutputs(a, c, anchors, bounds[t], bounds[t + 1], partial[t], workspaces[t]);
        });
        gatherOutput();
    }

    /** See {@link GradientDescent#step()}. */
    void step() {
        if (!finite) {
            throw new TrainingDivergedException(steps, loss, eta);
        }
        StepKernel.residual(f, target, grid, r);
        double gradScale = grid.cell() / Math.sqrt(a.length);
        runner.run(t -> {
            for (double[] row : partial[t]) {
                Arrays.fill(row, 0);
            }
            StepKernel.stepNeurons(w, a, c, anchors, bounds[t], bounds[t + 1], gradScale, eta, r,
                    partial[t], workspaces[t]);
        });
        gatherOutput();
        steps++;
        boolean parametersFinite = allFinite(a) && allFinite(c);
        for (double[] component : w) {
            parametersFinite &= allFinite(component);
        }
        if (!Double.isFinite(loss) || !parametersFinite) {
            finite = false;
            throw new TrainingDivergedException(steps, loss, eta);
        }
    }

    long stepsDone() {
        return steps;
    }

    double learningRate() {
        return eta;
    }

    double[] fit() {
        return f.clone();
    }

    double loss() {
        return loss;
    }

    boolean isFinite() {
        return finite;
    }

    @Override
    public void close() {
        runner.close();
    }

    /** f = (1/sqrt(m)) sum of the partial outputs, in part order; then the loss at f. */
    private void gatherOutput() {
        double scale = 1 / Math.sqrt(a.length);
        for (int p = 0; p < grid.rows(); p++) {
            for (int q = 0; q < StepKernel.BLOCK; q++) {
                int i = grid.index(p, q);
                if (i < 0) {
                    continue;
                }
                double v = partial[0][p][q];
                for (int t = 1; t < partial.length; t++) {
                    v += partial[t][p][q];
                }
                f[i] = scale * v;
            }
        }
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            double ri = f[i] - target[i];
            sum += ri * ri;
        }
        loss = 0.5 * sum * grid.cell();
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
