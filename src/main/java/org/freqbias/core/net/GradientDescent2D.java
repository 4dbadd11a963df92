package org.freqbias.core.net;

import org.freqbias.core.grid.Domain;

/**
 * Full-batch gradient descent on Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx^2 over the 2D grid of a
 * {@link Domain} (THEORY.md section 2): theta &lt;- theta - eta grad Loss, for all of w, a, c.
 *
 * <p>Mutable, owned by one thread. The steps run in {@link StepKernel} on a fixed split of the
 * neurons over a small pool of daemon threads owned by this object, released by {@link #close()};
 * results depend only on the seed and the thread count. Same engine and method set as the 1D
 * {@link GradientDescent}; grid arrays are row-major (point (i1, i2) at index i1 N + i2).
 */
public final class GradientDescent2D extends FusedTrainer {

    /** A trainer with one thread per core, at most one per 512 neurons. */
    public GradientDescent2D(FourierFeatureNetwork2D initial, Domain domain, double[] targetOnGrid, double learningRate) {
        this(initial, domain, targetOnGrid, learningRate, FusedDescent.defaultThreads(initial.width()));
    }

    /**
     * A trainer from {@code initial} towards {@code targetOnGrid} (g at (x_i1, x_i2) on the row-major grid, copied) with
     * learning rate eta, splitting the neurons over {@code threads} threads (1 = no pool).
     */
    public GradientDescent2D(FourierFeatureNetwork2D initial, Domain domain, double[] targetOnGrid, double learningRate,
            int threads) {
        super(engine(initial, domain, targetOnGrid, learningRate, threads));
    }

    private static FusedDescent engine(FourierFeatureNetwork2D initial, Domain domain, double[] targetOnGrid, double learningRate,
            int threads) {
        if (domain.dimension() != 2) {
            throw new IllegalArgumentException("GradientDescent2D trains the 2D network: domain dimension must be 2, got "
                    + domain.dimension());
        }
        return new FusedDescent(initial.components(), initial.cosineWeights(),
                initial.sineWeights(), domain, targetOnGrid, learningRate, threads);
    }

    /** A snapshot of the current parameters. */
    public FourierFeatureNetwork2D network() {
        return FourierFeatureNetwork2D.snapshot(engine.w[0], engine.w[1], engine.a, engine.c);
    }
}
