package org.freqbias.core.experiment;

import org.freqbias.core.deep.AdamOptimizer;
import org.freqbias.core.deep.DeepFourierNetwork;
import org.freqbias.core.deep.DeepNetworkSpec;
import org.freqbias.core.deep.DeepTrainer;
import org.freqbias.core.deep.GradientDescentOptimizer;
import org.freqbias.core.deep.Optimizer;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.net.FourierFeatureNetwork2D;
import org.freqbias.core.net.GradientDescent;
import org.freqbias.core.net.GradientDescent2D;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;

/**
 * The initial network a session describes, in 1D or 2D: the 2-layer model the theory is about, or
 * a deep one (hidden layers after the Fourier features) for which the PDE is only a reference.
 */
sealed interface NetworkModel {

    static NetworkModel of(Session session) {
        long seed = session.training().seed();
        if (session.network().isDeep()) {
            DeepNetworkSpec spec = session.network().deep(session.domain().dimension());
            return new Deep(session.isPlane()
                    ? DeepFourierNetwork.initialize(spec, session.distribution2D(), seed)
                    : DeepFourierNetwork.initialize(spec, session.distribution(), seed));
        }
        return session.isPlane()
                ? new TwoLayerPlane(FourierFeatureNetwork2D.initialize(session.network(), session.distribution2D(), seed))
                : new TwoLayer(FourierFeatureNetwork.initialize(session.network(), session.distribution(), seed));
    }

    /** The first-layer frequencies as drawn, component a of w_j at j d + a. */
    double[] frequencies();

    /** The initial network's output at every grid point ({@link Domain#points()} order). */
    double[] evaluate(Domain domain);

    /** A fresh trainer starting from this network; the caller owns (and closes) it. */
    Trainer trainer(Domain domain, double[] target, TrainingSpec training);

    record TwoLayer(FourierFeatureNetwork network) implements NetworkModel {
        @Override
        public double[] frequencies() {
            return network.frequencies();
        }

        @Override
        public double[] evaluate(Domain domain) {
            return network.evaluate(domain.axis());
        }

        @Override
        public Trainer trainer(Domain domain, double[] target, TrainingSpec training) {
            return new GradientDescent(network, domain, target, training.learningRate());
        }
    }

    record TwoLayerPlane(FourierFeatureNetwork2D network) implements NetworkModel {
        @Override
        public double[] frequencies() {
            double[][] w = network.components();
            double[] flat = new double[2 * w[0].length];
            for (int j = 0; j < w[0].length; j++) {
                flat[2 * j] = w[0][j];
                flat[2 * j + 1] = w[1][j];
            }
            return flat;
        }

        @Override
        public double[] evaluate(Domain domain) {
            return network.evaluate(domain);
        }

        @Override
        public Trainer trainer(Domain domain, double[] target, TrainingSpec training) {
            return new GradientDescent2D(network, domain, target, training.learningRate());
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
        public Trainer trainer(Domain domain, double[] target, TrainingSpec training) {
            Optimizer optimizer = training.optimizer() == TrainingSpec.Optimizer.ADAM
                    ? new AdamOptimizer(training.learningRate())
                    : new GradientDescentOptimizer(training.learningRate());
            return new DeepTrainer(network, domain, target, optimizer);
        }
    }
}
