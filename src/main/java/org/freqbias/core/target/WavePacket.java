package org.freqbias.core.target;

import java.util.List;

/**
 * g(x) = exp(-x^2 / (2 s^2)) * sum_k A_k sin(xi_k x), the target of THEORY.md section 7. With
 * {@code envelopeWidth} = infinity it is a plain sum of sines.
 */
public record WavePacket(double envelopeWidth, List<SineComponent> components) implements Target {

    public WavePacket {
        components = PacketChecks.components(envelopeWidth, components);
    }

    /** A plain sum of sines, with no envelope. */
    public static WavePacket sines(List<SineComponent> components) {
        return new WavePacket(Double.POSITIVE_INFINITY, components);
    }

    @Override
    public double value(double x) {
        double sum = 0;
        for (SineComponent c : components) {
            sum += c.amplitude() * Math.sin(c.frequency() * x);
        }
        double z = x / envelopeWidth;
        return Math.exp(-0.5 * z * z) * sum;
    }

    @Override
    public double[] nominalPeaks() {
        return components.stream().mapToDouble(SineComponent::frequency).sorted().distinct().toArray();
    }
}
