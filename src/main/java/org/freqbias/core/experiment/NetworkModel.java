package org.freqbias.core.experiment;

import java.util.Optional;
import org.freqbias.core.deep.AdamOptimizer;
import org.freqbias.core.deep.DeepFourierNetwork;
import org.freqbias.core.deep.DeepTrainer;
import org.freqbias.core.deep.GradientDescentOptimizer;
import org.freqbias.core.deep.Optimizer;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.net.GradientDescent;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;

/**
 * The initial network a session describes: the 2-layer model the theory is about, or a deep one
 * (hidden layers after the Fourier features) for which the PDE is only a reference.
 */
sealed interface NetworkModel {

    static NetworkModel of(Session session) {
        long seed = session.training().seed();
        if (session.network().isDeep()) {
            return new Deep(DeepFourierNetwork.initialize(session.network().deep(session.domain().dimension()),
                    session.distribution(), seed));
        }
        return new TwoLayer(FourierFeatureNetwork.initialize(session.network(), session.distribution(), seed));
    }

    /** The first-layer frequencies w_j as drawn. */
    double[] frequencies();

    /** The initial network's output at the grid points x. */
    double[] evaluate(double[] x);

    /** A fresh trainer starting from this network. */
    Trainer trainer(Domain domain, double[] target, TrainingSpec training);

    /** The 2-layer network, when that is the model. */
    Optional<FourierFeatureNetwork> twoLayer();

    record TwoLayer(FourierFeatureNetwork network) implements NetworkModel {
        @Override
        public double[] frequencies() {
            return network.frequencies();
        }

        @Override
        public double[] evaluate(double[] x) {
            return network.evaluate(x);
        }

        @Override
        public Trainer trainer(Domain domain, double[] target, TrainingSpec training) {
            return new GradientDescent(network, domain, target, training.learningRate());
        }

        @Override
        public Optional<FourierFeatureNetwork> twoLayer() {
            return Optional.of(network);
        }
    }

    record Deep(DeepFourierNetwork network) implements NetworkModel {
        @Override
        public double[] frequencies() {
            return network.frequencies();
        }

        @Override
        public double[] evaluate(double[] x) {
            return network.evaluate(x);
        }

        @Override
        public Trainer trainer(Domain domain, double[] target, TrainingSpec training) {
            Optimizer optimizer = training.optimizer() == TrainingSpec.Optimizer.ADAM
                    ? new AdamOptimizer(training.learningRate())
                    : new GradientDescentOptimizer(training.learningRate());
            return new DeepTrainer(network, domain, target, optimizer);
        }

        @Override
        public Optional<FourierFeatureNetwork> twoLayer() {
            return Optional.empty();
        }
    }
}
