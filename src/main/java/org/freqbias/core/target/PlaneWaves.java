package org.freqbias.core.target;

import java.util.List;

/** g(x) = exp(-|x|^2 / (2 s^2)) * sum_k A_k sin(xi_k . x): the 2D wave packet. */
public record PlaneWaves(double envelopeWidth, List<PlaneWave> components) implements Target2D {

    public PlaneWaves {
        components = PacketChecks.components(envelopeWidth, components);
    }

    @Override
    public double value(double x1, double x2) {
        double sum = 0;
        for (PlaneWave w : components) {
            sum += w.amplitude() * Math.sin(w.frequency1() * x1 + w.frequency2() * x2);
        }
        double r2 = (x1 * x1 + x2 * x2) / (envelopeWidth * envelopeWidth);
        return Math.exp(-0.5 * r2) * sum;
    }

    @Override
    public double[][] nominalPeaks() {
        return components.stream().map(w -> new double[] {w.frequency1(), w.frequency2()}).toArray(double[][]::new);
    }
}
