package org.freqbias.core.deep;

import org.freqbias.core.net.Trainer;
import org.freqbias.core.net.TrainingDivergedException;
import org.freqbias.core.grid.Domain;

/**
 * Full-batch training of a {@link DeepFourierNetwork} on the data grid of a {@link Domain}, on
 * <pre>
 *   Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx^d,   dLoss/df(x_i) = (f(x_i) - g_i) dx^d.
 * </pre>
 * Mutable, for one owner thread. Owns a copy of the parameters, the target and the optimizer
 * state; the network passed in is not modified. Training time is t = eta * stepsDone().
 *
 * <p>Each step is one fused forward and backward pass ({@link ParallelPass}): the grid's Fourier
 * features come from rotation tables ({@link GridFeatures}), the points are split into a fixed
 * number of parts (by the number of points alone) run on daemon threads owned by this trainer and
 * released by {@link #close()}, and every buffer is allocated here, none per step. Results depend
 * neither on the thread count nor on timing.
 */
public final class DeepTrainer implements Trainer {

    private final DeepFourierNetwork network;
    private final double[] target;
    private final double[] baseline;
    /** baseline + target: the residual is r = net - offset. */
    private final double[] offset;
    private final double cellVolume;
    private final Optimizer optimizer;
    private final ParallelPass pass;
    private final double[] theta;
    private final double[] raw;
    private final double[] gradient;
    private boolean forwardCurrent;
    private long steps;

    /** The parts each pass over {@code points} grid points is split into, whatever the threads (points / 64, in [1, 8]). */
    public static int parts(int points) {
        return ParallelPass.parts(points);
    }

    /**
     * A trainer with one thread per core.
     *
     * @param targetOnGrid g at the grid points: in 1D g(x_i) for x = domain.axis(); in 2D the
     *                     N x N tensor grid, g(x_i, y_j) at i N + j
     * @param optimizer    a fresh optimizer, owned by this trainer from now on
     */
    public DeepTrainer(DeepFourierNetwork network, Domain domain, double[] targetOnGrid, Optimizer optimizer) {
        this(network, domain, targetOnGrid, optimizer, ParallelPass.defaultThreads());
    }

    /** As {@link #DeepTrainer(DeepFourierNetwork, Domain, double[], Optimizer)} on at most {@code threads} threads. */
    public DeepTrainer(DeepFourierNetwork network, Domain domain, double[] targetOnGrid, Optimizer optimizer,
            int threads) {
        this(network, domain, targetOnGrid, optimizer, threads, ParallelPass.defaultChunk(network.layout()));
    }

    /** The same with {@code chunk} points per chunk of a part (tests use small chunks). */
    DeepTrainer(DeepFourierNetwork network, Domain domain, double[] targetOnGrid, Optimizer optimizer, int threads,
            int chunk) {
        int d = domain.dimension();
        if (network.spec().dimension() != d) {
            throw new IllegalArgumentException("the network takes " + network.spec().dimension()
                    + "D inputs but the domain is " + d + "D");
        }
        double[] points = domain.points();
        int n = points.length / d;
        if (targetOnGrid.length != n) {
            throw new IllegalArgumentException("expected the target at " + n + " grid points, got " + targetOnGrid.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(targetOnGrid[i])) {
                throw new IllegalArgumentException("the target must be finite, got " + targetOnGrid[i] + " at grid point " + i);
            }
        }
        this.network = network;
        this.target = targetOnGrid.clone();
        this.cellVolume = Math.pow(domain.spacing(), d);
        this.optimizer = optimizer;
        this.pass = new ParallelPass(network.layout(), network.spec().activation(),
                new GridFeatures(network.layout(), domain), threads, chunk);
        this.theta = network.parameters();
        this.raw = new double[n];
        this.gradient = new double[theta.length];
        this.baseline = new double[n];
        double[] initial = network.initialParameters();
        if (initial != null) {
            pass.forward(initial, baseline);
        }
        this.offset = new double[n];
        for (int i = 0; i < n; i++) {
            offset[i] = baseline[i] + target[i];
        }
    }

    /**
     * One optimizer update from the full-batch gradient. Throws {@link TrainingDivergedException}
     * (leaving the parameters as they were) when the loss or the gradient is not finite.
     */
    public void step() {
        double loss = lossGradient();
        double norm = 0;
        for (double g : gradient) {
            norm += g * g;
        }
        if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
            throw new TrainingDivergedException(steps, loss, optimizer.learningRate());
        }
        optimizer.update(theta, gradient);
        forwardCurrent = false;
        steps++;
    }

    public long stepsDone() {
        return steps;
    }

    /** t = eta * stepsDone(). */
    public double time() {
        return optimizer.learningRate() * steps;
    }

    /** f at the grid points (a new array). */
    public double[] fit() {
        forward();
        double[] f = new double[raw.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = raw[i] - baseline[i];
        }
        return f;
    }

    /** r = f - g at the grid points (a new array). */
    public double[] residual() {
        double[] r = fit();
        for (int i = 0; i < r.length; i++) {
            r[i] -= target[i];
        }
        return r;
    }

    /** 1/2 sum_i (f(x_i) - g_i)^2 dx^d at the current parameters. */
    public double loss() {
        double[] r = residual();
        double sum = 0;
        for (double v : r) {
            sum += v * v;
        }
        return 0.5 * sum * cellVolume;
    }

    /** dLoss/dtheta at the current parameters (a new array), in {@link ParameterLayout} order. */
    public double[] gradient() {
        lossGradient();
        return gradient.clone();
    }

    /** The current state as an immutable network. */
    public DeepFourierNetwork network() {
        return network.withParameters(theta);
    }

    /** Releases the worker threads; later steps fail. Idempotent. */
    @Override
    public void close() {
        pass.close();
    }

    /** Fills {@link #gradient} and {@link #raw} (one fused pass) and returns the loss. */
    private double lossGradient() {
        double loss = pass.lossGradient(theta, offset, cellVolume, raw, gradient);
        forwardCurrent = true;
        return loss;
    }

    private void forward() {
        if (!forwardCurrent) {
            pass.forward(theta, raw);
            forwardCurrent = true;
        }
    }
}
