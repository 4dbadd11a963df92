package org.freqbias.core.experiment;

import org.freqbias.core.deep.AdamOptimizer;
import org.freqbias.core.deep.DeepFourierNetwork;
import org.freqbias.core.deep.DeepTrainer;
import org.freqbias.core.deep.GradientDescentOptimizer;
import org.freqbias.core.deep.Optimizer;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.net.GradientDescent;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;

/**
 * The initial network a session describes, in 1D or 2D: the 2-layer model the theory is about, or
 * a deep one (hidden layers after the Fourier features) for which the PDE is only a reference.
 */
sealed interface NetworkModel {

    /** The session's network with its first-layer frequencies drawn by {@code law} (of the session's dimension). */
    static NetworkModel of(Session session, FrequencyDraw law) {
        long seed = session.training().seed();
        if (session.network().isDeep()) {
            return new Deep(DeepFourierNetwork.initialize(session.network().deep(session.domain().dimension()), law, seed));
        }
        return new TwoLayer(FourierFeatureNetwork.initialize(session.network(), law, seed));
    }

    /** The first-layer frequencies as drawn, component a of w_j at j d + a. */
    double[] frequencies();

    /** The initial network's output at every grid point ({@link Domain#points()} order). */
    double[] evaluate(Domain domain);

    /** The thread count that asks a trainer for its default: one thread per core (fewer for a small 2-layer network). */
    int ALL_CORES = 0;

    /**
     * A fresh trainer starting from this network on at most {@code threads} threads
     * ({@link #ALL_CORES}: the trainer's default); the caller owns (and closes) it.
     */
    Trainer trainer(Domain domain, double[] target, TrainingSpec training, int threads);

    record TwoLayer(FourierFeatureNetwork network) implements NetworkModel {
        @Override
        public double[] frequencies() {
            double[][] w = network.frequencies();
            int d = w.length;
            double[] flat = new double[d * network.width()];
            for (int j = 0; j < network.width(); j++) {
                for (int a = 0; a < d; a++) {
                    flat[j * d + a] = w[a][j];
                }
            }
            return flat;
        }

        @Override
        public double[] evaluate(Domain domain) {
            return network.evaluate(domain);
        }

        @Override
        public Trainer trainer(Domain domain, double[] target, TrainingSpec training, int threads) {
            return threads == ALL_CORES ? new GradientDescent(network, domain, target, training.learningRate())
                    : new GradientDescent(network, domain, target, training.learningRate(), threads);
        }
    }

    record Deep(DeepFourierNetwork network) implements NetworkModel {
        @Override
        public double[] frequencies() {
            return network.frequencies();
        }

        @Override
        public double[] evaluate(Domain domain) {
            return network.evaluate(domain.points());
        }

        @Override
        public Trainer trainer(Domain domain, double[] target, TrainingSpec training, int threads) {
            Optimizer optimizer = training.optimizer() == TrainingSpec.Optimizer.ADAM
                    ? new AdamOptimizer(training.learningRate())
                    : new GradientDescentOptimizer(training.learningRate());
            return threads == ALL_CORES ? new DeepTrainer(network, domain, target, optimizer)
                    : new DeepTrainer(network, domain, target, optimizer, threads);
        }
    }
}
