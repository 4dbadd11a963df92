package org.freqbias.core.run;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * One snapshot a {@link RunRecord} keeps for replay: its step, time and losses at full precision,
 * and what is only drawn as floats: the fit at the grid points, and |r^| over the run's frequency
 * grid of the network, the PDE and each kernel flow at the same time. Immutable: every accessor
 * returns a fresh array.
 */
public final class KeptSnapshot {

    private final int step;
    private final double time;
    private final double loss;
    private final double pdeLoss;
    private final float[] fit;
    private final float[] network;
    private final float[] pde;
    private final Map<KernelFlowKind, float[]> kernelFlows;

    /**
     * Arrays are taken over, not copied (the builder and the study reader pass fresh ones).
     *
     * @param pdeLoss NaN without a PDE
     * @param pde null without a PDE
     */
    KeptSnapshot(int step, double time, double loss, double pdeLoss, float[] fit, float[] network, float[] pde,
            Map<KernelFlowKind, float[]> kernelFlows) {
        this.step = step;
        this.time = time;
        this.loss = loss;
        this.pdeLoss = pdeLoss;
        this.fit = fit;
        this.network = network;
        this.pde = pde;
        this.kernelFlows = kernelFlows.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(kernelFlows));
    }

    /** Gradient-descent steps done at this snapshot. */
    public int step() {
        return step;
    }

    /** Gradient-flow time t = eta * step. */
    public double time() {
        return time;
    }

    /** The network's loss 1/2 sum (f - g)^2 dx^d. */
    public double loss() {
        return loss;
    }

    /** The loss the PDE predicts at this time through Parseval; NaN without a PDE. */
    public double pdeLoss() {
        return pdeLoss;
    }

    /** f_t at the grid points ({@link org.freqbias.core.grid.Domain#points()} order; 2D row-major). */
    public double[] fit() {
        return widen(fit);
    }

    /** The network's |r^(xi, t)| over the run's frequency grid. */
    public double[] networkAbs() {
        return widen(network);
    }

    /** True when the PDE's prediction was known for this snapshot. */
    public boolean hasPde() {
        return pde != null;
    }

    /** The PDE's |u(xi, t)| over the grid (NaN outside its mesh); null without a PDE. */
    public double[] pdeAbs() {
        return pde == null ? null : widen(pde);
    }

    /** The kernel flows held at this time, in kind order. */
    public Set<KernelFlowKind> kernelFlows() {
        return kernelFlows.keySet();
    }

    /** |r^(xi, t)| of the kernel flow of {@code kind} over the grid; null when the run has none of that kind. */
    public double[] kernelFlowAbs(KernelFlowKind kind) {
        float[] abs = kernelFlows.get(kind);
        return abs == null ? null : widen(abs);
    }

    /** The stored floats, for the study writer (not copied: never modify). */
    float[] rawFit() {
        return fit;
    }

    float[] rawNetwork() {
        return network;
    }

    float[] rawPde() {
        return pde;
    }

    float[] rawKernelFlow(KernelFlowKind kind) {
        return kernelFlows.get(kind);
    }

    /** Heap bytes: this object, its arrays and its map. */
    long bytes() {
        long bytes = Footprint.OBJECT_HEADER + 2 * 8 + 8 + 4 + 4 * Footprint.REFERENCE
                + Footprint.floats(fit.length) + Footprint.floats(network.length);
        if (pde != null) {
            bytes += Footprint.floats(pde.length);
        }
        if (!kernelFlows.isEmpty()) {
            bytes += 2 * Footprint.OBJECT_HEADER + Footprint.array(Footprint.REFERENCE, KernelFlowKind.values().length);
            for (float[] abs : kernelFlows.values()) {
                bytes += Footprint.floats(abs.length);
            }
        }
        return bytes;
    }

    static float[] narrow(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
