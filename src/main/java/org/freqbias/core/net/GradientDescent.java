package org.freqbias.core.net;

import org.freqbias.core.grid.Domain;

/**
 * Full-batch gradient descent on Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx over the 1D grid of a
 * {@link Domain} (THEORY.md section 2): theta &lt;- theta - eta grad Loss, for all of w, a, c.
 *
 * <p>Mutable, owned by one thread. The steps run in {@link StepKernel} on a fixed split of the
 * neurons over a small pool of daemon threads owned by this object, released by {@link #close()};
 * results depend only on the seed and the thread count. {@link GradientDescent2D} is the same
 * trainer for the 2D network (both are thin fronts of one engine).
 */
public final class GradientDescent extends FusedTrainer {

    /** A trainer with one thread per core, at most one per 512 neurons. */
    public GradientDescent(FourierFeatureNetwork initial, Domain domain, double[] targetOnGrid, double learningRate) {
        this(initial, domain, targetOnGrid, learningRate, FusedDescent.defaultThreads(initial.width()));
    }

    /**
     * A trainer from {@code initial} towards {@code targetOnGrid} (g at x_i = -L + i dx, copied) with
     * learning rate eta, splitting the neurons over {@code threads} threads (1 = no pool).
     */
    public GradientDescent(FourierFeatureNetwork initial, Domain domain, double[] targetOnGrid, double learningRate,
            int threads) {
        super(engine(initial, domain, targetOnGrid, learningRate, threads));
    }

    private static FusedDescent engine(FourierFeatureNetwork initial, Domain domain, double[] targetOnGrid, double learningRate,
            int threads) {
        if (domain.dimension() != 1) {
            throw new IllegalArgumentException("GradientDescent trains the 1D network: domain dimension must be 1, got "
                    + domain.dimension());
        }
        return new FusedDescent(new double[][] {initial.frequencies()}, initial.cosineWeights(),
                initial.sineWeights(), domain, targetOnGrid, learningRate, threads);
    }

    /** A snapshot of the current parameters. */
    public FourierFeatureNetwork network() {
        return FourierFeatureNetwork.snapshot(engine.w[0], engine.a, engine.c);
    }
}
