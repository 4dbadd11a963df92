package org.freqbias.core.net;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.freqbias.core.grid.Domain;

/**
 * Full-batch gradient descent on Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx over the 1D grid of a
 * {@link Domain} (THEORY.md section 2): theta &lt;- theta - eta grad Loss, for all of w, a, c.
 *
 * <p>Mutable, owned by one thread. Each {@link #step()} runs {@link StepKernel#stepNeurons} on a
 * fixed split of the neurons (at multiples of {@link StepKernel#GROUP}); parts other than the first
 * run on a small pool of daemon threads owned by this object, released by {@link #close()}. The
 * partial outputs are added in part order, so results depend only on the seed and the thread count.
 */
public final class GradientDescent implements AutoCloseable {

    /** Fewest neurons per thread worth the hand-off. */
    private static final int MIN_NEURONS_PER_THREAD = 512;

    private final int n;
    private final double x0;
    private final double dx;
    private final double eta;
    private final double[] target;
    private final double[] w;
    private final double[] a;
    private final double[] c;
    private final double[] anchors;
    private final double[] f;
    private final double[][] r;
    private final double[][] rx;
    private final int[] bounds;
    private final double[][][] partial;
    private final StepKernel.Workspace[] workspaces;
    private final ExecutorService pool;
    private long steps;
    private double loss;
    private boolean finite = true;

    /** A trainer with one thread per core, at most one per 512 neurons. */
    public GradientDescent(FourierFeatureNetwork initial, Domain domain, double[] targetOnGrid, double learningRate) {
        this(initial, domain, targetOnGrid, learningRate, defaultThreads(initial.width()));
    }

    /**
     * A trainer from {@code initial} towards {@code targetOnGrid} (g at x_i = -L + i dx, copied) with
     * learning rate eta, splitting the neurons over {@code threads} threads (1 = no pool).
     */
    public GradientDescent(FourierFeatureNetwork initial, Domain domain, double[] targetOnGrid, double learningRate,
            int threads) {
        if (domain.dimension() != 1) {
            throw new IllegalArgumentException("GradientDescent trains the 1D network: domain dimension must be 1, got "
                    + domain.dimension());
        }
        n = domain.samples();
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
        x0 = -domain.halfWidth();
        dx = domain.spacing();
        eta = learningRate;
        target = targetOnGrid.clone();
        w = initial.frequencies();
        a = initial.cosineWeights();
        c = initial.sineWeights();
        int m = w.length;
        int rows = StepKernel.rows(n);
        anchors = new double[StepKernel.ANCHORS * m];
        f = new double[n];
        r = new double[rows][StepKernel.BLOCK];
        rx = new double[rows][StepKernel.BLOCK];
        int parts = Math.max(1, Math.min(threads, m / StepKernel.GROUP));
        bounds = new int[parts + 1];
        for (int t = 1; t < parts; t++) {
            bounds[t] = (int) ((long) m * t / parts) / StepKernel.GROUP * StepKernel.GROUP;
        }
        bounds[parts] = m;
        partial = new double[parts][rows][StepKernel.BLOCK];
        workspaces = new StepKernel.Workspace[parts];
        for (int t = 0; t < parts; t++) {
            workspaces[t] = new StepKernel.Workspace(rows);
        }
        pool = parts == 1 ? null : Executors.newFixedThreadPool(parts - 1, job -> {
            Thread thread = new Thread(job, "gradient-descent-worker");
            thread.setDaemon(true);
            return thread;
        });
        runParts(t -> {
            StepKernel.anchor(w, bounds[t], bounds[t + 1], x0, dx, anchors);
            StepKernel.addOutputs(a, c, anchors, bounds[t], bounds[t + 1], partial[t], workspaces[t]);
        });
        gatherOutput();
    }

    private static int defaultThreads(int width) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), width / MIN_NEURONS_PER_THREAD));
    }

    /**
     * One full-batch gradient-descent step. Throws {@link TrainingDivergedException} (and stays
     * diverged) when the new loss or a parameter is not finite.
     */
    public void step() {
        if (!finite) {
            throw new TrainingDivergedException(steps, loss, eta);
        }
        StepKernel.residual(f, target, n, x0, dx, r, rx);
        double gradScale = dx / Math.sqrt(w.length);
        runParts(t -> {
            for (double[] row : partial[t]) {
                Arrays.fill(row, 0);
            }
            StepKernel.stepNeurons(w, a, c, anchors, bounds[t], bounds[t + 1], x0, dx, gradScale, eta, r, rx,
                    partial[t], workspaces[t]);
        });
        gatherOutput();
        steps++;
        if (!Double.isFinite(loss) || !allFinite(w) || !allFinite(a) || !allFinite(c)) {
            finite = false;
            throw new TrainingDivergedException(steps, loss, eta);
        }
    }

    /** Number of steps done. */
    public long stepsDone() {
        return steps;
    }

    /** Gradient-flow time t = eta * steps. */
    public double time() {
        return eta * steps;
    }

    /** The learning rate eta. */
    public double learningRate() {
        return eta;
    }

    /** f on the grid at the current parameters (a fresh array of N values). */
    public double[] fit() {
        return f.clone();
    }

    /** The loss 1/2 sum_i (f(x_i) - g_i)^2 dx at the current parameters. */
    public double loss() {
        return loss;
    }

    /** False once a step has produced a non-finite loss or parameter. */
    public boolean isFinite() {
        return finite;
    }

    /** A snapshot of the current parameters. */
    public FourierFeatureNetwork network() {
        return FourierFeatureNetwork.snapshot(w, a, c);
    }

    /** Stops the worker threads; later steps fail. Idempotent. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** f = (1/sqrt(m)) sum of the partial outputs, in part order; then the loss at f. */
    private void gatherOutput() {
        double scale = 1 / Math.sqrt(w.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int p = i / StepKernel.BLOCK;
            int q = i % StepKernel.BLOCK;
            double v = partial[0][p][q];
            for (int t = 1; t < partial.length; t++) {
                v += partial[t][p][q];
            }
            f[i] = scale * v;
        }
        for (int i = 0; i < n; i++) {
            double ri = f[i] - target[i];
            sum += ri * ri;
        }
        loss = 0.5 * sum * dx;
    }

    private void runParts(IntConsumer part) {
        if (pool == null) {
            part.accept(0);
            return;
        }
        if (pool.isShutdown()) {
            throw new IllegalStateException("this GradientDescent was closed");
        }
        Future<?>[] pending = new Future<?>[partial.length - 1];
        for (int t = 1; t < partial.length; t++) {
            int index = t;
            pending[t - 1] = pool.submit(() -> part.accept(index));
        }
        part.accept(0);
        try {
            for (Future<?> job : pending) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a gradient-descent step", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a gradient-descent worker failed", e.getCause());
        }
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
