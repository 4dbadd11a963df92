package org.freqbias.core.deep;

import org.freqbias.core.grid.Domain;

/**
 * What {@link DeepTrainer} does, written plainly on {@link ReferenceNetwork}: the loss
 * 1/2 sum_i (net(x_i) - net_0(x_i) - g_i)^2 dx^d and textbook gradient descent or Adam (beta1 = 0.9,
 * beta2 = 0.999, eps = 1e-8), one parameter at a time. Test-only.
 */
final class ReferenceTrainer {

    private final ReferenceNetwork net;
    private final double[] target;
    private final double[] baseline;
    private final double cell;
    private final double eta;
    private final boolean adam;
    private final double[] theta;
    private final double[] first;
    private final double[] second;
    private int steps;

    ReferenceTrainer(DeepFourierNetwork network, Domain domain, double[] target, double eta, boolean adam) {
        this.net = new ReferenceNetwork(network.spec(), domain.points());
        this.target = target.clone();
        double[] theta0 = network.initialParameters();
        this.baseline = theta0 != null ? net.forward(theta0) : new double[target.length];
        this.cell = Math.pow(domain.spacing(), domain.dimension());
        this.eta = eta;
        this.adam = adam;
        this.theta = network.parameters();
        this.first = new double[theta.length];
        this.second = new double[theta.length];
    }

    double loss() {
        double[] r = residual();
        double sum = 0;
        for (double v : r) {
            sum += v * v;
        }
        return 0.5 * sum * cell;
    }

    void step() {
        double[] r = residual();
        for (int i = 0; i < r.length; i++) {
            r[i] *= cell;
        }
        double[] g = net.gradient(theta, r);
        steps++;
        for (int q = 0; q < theta.length; q++) {
            if (!adam) {
                theta[q] -= eta * g[q];
                continue;
            }
            first[q] = 0.9 * first[q] + 0.1 * g[q];
            second[q] = 0.999 * second[q] + 0.001 * g[q] * g[q];
            double mHat = first[q] / (1 - Math.pow(0.9, steps));
            double vHat = second[q] / (1 - Math.pow(0.999, steps));
            theta[q] -= eta * mHat / (Math.sqrt(vHat) + 1e-8);
        }
    }

    double[] parameters() {
        return theta.clone();
    }

    private double[] residual() {
        double[] f = net.forward(theta);
        for (int i = 0; i < f.length; i++) {
            f[i] -= baseline[i] + target[i];
        }
        return f;
    }
}
