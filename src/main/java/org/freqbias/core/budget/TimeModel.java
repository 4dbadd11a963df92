package org.freqbias.core.budget;

import org.freqbias.core.budget.ResourceEstimate.Extras;
import org.freqbias.core.pde.PdeSolver;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.Session;

/**
 * Seconds of a run: work counted in multiply-adds (or trig calls, or flops of a dense
 * decomposition) times a rate measured on this project's machine (2 cores of an AMD EPYC, OpenJDK
 * 17, see README "Speed"); where each rate came from is written beside it. The estimate is for a
 * quiet machine: shared with other work (load average 10-13 when the rates below were checked
 * with {@code bench}) the same steps ran 2.7-4.6 times slower.
 */
final class TimeModel {

    /**
     * Seconds per multiply-add of the fused 2-layer step (6 per neuron and grid point, on both
     * cores): JMH {@code TrainingStepBenchmark.fastStep} on a quiet machine, N 1024, m 4096 (25 M
     * multiply-adds), 2.90 ms a step (README "Speed"). {@code bench} at load 10-13: 13.4 ms there and
     * 126 ms at N 4096, m 16384 (403 M): 0.53 and 0.31 ns, the larger size closer to the quiet rate.
     */
    static final double TWO_LAYER_MULTIPLY_ADD = 0.116e-9;
    /**
     * Seconds per multiply-add of a deep step (forward and backward, three passes over each weight
     * matrix per point) and per Fourier feature (cos and sin of w . x, counted as
     * {@link #FEATURE_COST}): JMH {@code DeepStepBenchmark.fastStep} on a quiet machine (N 1024,
     * 256 frequencies, [128, 128], Adam: 252 M a step) 12.3 ms, 0.049 ns; doubled for the smaller
     * shapes of sessions, whose rows vectorize less well, and the snapshots' forward passes.
     */
    static final double DEEP_MULTIPLY_ADD = 0.1e-9;
    /** Multiply-adds one Fourier feature (a cos and a sin) costs in the deep network. */
    static final double FEATURE_COST = 10;
    /** Seconds per n^3 of the dense 1D PDE eigen path: 1025 nodes take 1.2 s (README "Speed"). */
    static final double EIGEN_CUBE = 1.1e-9;
    /** Seconds per N^3 of a 1D kernel view's eigendecomposition: "a few seconds at N = 1024" (README). */
    static final double KERNEL_CUBE = 3e-9;
    /**
     * Seconds per n^1.5 (n mesh nodes) of the 2D PDE: its nested-dissection Cholesky factorization
     * grows as n^1.5 and dominates on large meshes; the 15-60 Krylov solves and the read-out grow as
     * n log n. plane-waves (128 elements, 16641 nodes, 51 times) takes about 42 ms at best, the
     * 512-element mesh (263169 nodes) 2.4 s on a loaded machine: 2e-8 n^1.5 gives 43 ms and 2.7 s.
     */
    static final double PDE_2D = 2e-8;
    /**
     * Seconds per grid point and Lanczos vector of a 2D kernel view (FFT convolutions): on 64 x 64
     * the views take 0.5-3 s with 20-70 vectors (README); 100 vectors are assumed.
     */
    static final double KRYLOV_POINT = 4e-6;

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
        return PDE_2D * Math.pow(n, 1.5);
    }

    private static double kernelViews(RunShape r, Extras extras) {
        if (extras.kernelViews() == 0) {
            return 0;
        }
        double each = r.dimension() == 1 ? KERNEL_CUBE * Math.pow(r.points(), 3) : KRYLOV_POINT * r.points() * 100;
        return extras.kernelViews() * each;
    }
}
