package org.freqbias.core.budget;

import org.freqbias.core.budget.ResourceEstimate.Extras;
import org.freqbias.core.pde.PdeSolver;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.Session;

/**
 * Seconds of a run: work counted in multiply-adds (or trig calls, or flops of a dense
 * decomposition) times a rate measured on this project's machine (2 cores of an AMD EPYC, OpenJDK
 * 17, see README "Speed"). The rates are medians of {@code bench} and of timed runs; where they
 * came from is written beside each. A busy machine runs slower: the estimate is for a quiet one.
 */
final class TimeModel {

    /**
     * Seconds per multiply-add of the fused 2-layer step (6 per neuron and grid point, on both
     * cores): {@code bench gaussian-bias} (N 1024, m 4096, 25 M multiply-adds) 2.9 ms a step, and
     * N 4096, m 16384 (403 M) 47 ms: 0.116 ns both.
     */
    static final double TWO_LAYER_MULTIPLY_ADD = 0.116e-9;
    /**
     * Seconds per multiply-add of a deep step (forward and backward, three passes over each weight
     * matrix per point) and per Fourier feature (cos and sin of w . x, about 10 multiply-adds):
     * {@code bench deep-gaussian} (N 256, m 256, [64, 64]) 1.9 ms a step.
     */
    static final double DEEP_MULTIPLY_ADD = 0.35e-9;
    /** Multiply-adds one Fourier feature (a cos and a sin) costs in the deep network. */
    static final double FEATURE_COST = 10;
    /** Seconds per n^3 of the dense 1D PDE eigen path: 1025 nodes take 1.2 s (README "Speed"). */
    static final double EIGEN_CUBE = 1.1e-9;
    /** Seconds per N^3 of a 1D kernel view's eigendecomposition: a few seconds at N 1024 (README). */
    static final double KERNEL_CUBE = 3e-9;
    /**
     * Seconds per factor entry and step of the 2D Crank-Nicolson PDE (two triangular solves) and per
     * entry times bandwidth of its factorization: plane-waves (128 elements, 51 snapshots) 0.9 s.
     */
    static final double SPARSE_ENTRY = 5e-9;
    /** Seconds per grid point and Lanczos vector of a 2D kernel view (FFT convolutions): 64 x 64, ~1-3 s. */
    static final double KRYLOV_POINT = 4e-6;
    /** Crank-Nicolson steps of a 2D solve per snapshot interval, typical of PdeSolver2D.RATE_STEP. */
    static final double STEPS_PER_SNAPSHOT = 4;

    private TimeModel() {
    }

    static double seconds(Session s, Extras extras) {
        RunShape r = RunShape.of(s);
        return training(s, r) + pde(r) + kernelViews(r, extras);
    }

    private static double training(Session s, RunShape r) {
        double steps = s.training().steps();
        NetworkSpec net = s.network();
        if (!net.isDeep()) {
            return steps * 6.0 * r.width() * r.points() * TWO_LAYER_MULTIPLY_ADD;
        }
        double weights = 0;
        long in = 2 * r.width();
        for (int n : net.hiddenLayers()) {
            weights += (double) in * n;
            in = n;
        }
        weights += in;
        double perPoint = 3 * weights + FEATURE_COST * r.width();
        return steps * perPoint * r.points() * DEEP_MULTIPLY_ADD;
    }

    private static double pde(RunShape r) {
        double n = r.nodes();
        if (r.dimension() == 1) {
            return n <= PdeSolver.EXACT_MAX_NODES ? EIGEN_CUBE * n * n * n : 1e-7 * n * r.snapshots();
        }
        double entries = n * (r.elements() + 2);
        return SPARSE_ENTRY * entries * (r.elements() + 2 + STEPS_PER_SNAPSHOT * r.snapshots());
    }

    private static double kernelViews(RunShape r, Extras extras) {
        if (extras.kernelViews() == 0) {
            return 0;
        }
        double each = r.dimension() == 1 ? KERNEL_CUBE * Math.pow(r.points(), 3) : KRYLOV_POINT * r.points() * 100;
        return extras.kernelViews() * each;
    }
}
