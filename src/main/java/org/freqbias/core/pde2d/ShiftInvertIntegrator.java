package org.freqbias.core.pde2d;

import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;

/**
 * The nodal solution u = re + i im of M u' = -A u at a list of times, exact in time up to a stated
 * tolerance: each segment of the time axis is one {@link ShiftInvertLanczos} basis, evaluated at
 * every requested time inside it.
 *
 * <p><b>One real run for a complex field.</b> M and A are invariant under the reflection of the
 * mesh through its centre, node v to node N - 1 - v ({@link P1Assembly2D}), so exp(-tH) maps even
 * vectors to even ones and odd to odd. The transform of real data is conjugate symmetric, Re u0 even
 * and Im u0 odd, so w = Re u0 + Im u0 carries both: exp(-tH) w split into its even and odd parts is
 * (Re u(t), Im u(t)). General data add a second run on the other two parity parts, skipped when its
 * M-norm is below 1 % of the tolerance (it would change u by no more than that: exp(-tH) is an
 * M-contraction). The runs share one factorization; the second, if any, runs on another core.
 *
 * <p><b>Error.</b> Every segment stops at a bound on ||u_computed - u||_M of its share of
 * {@code tolerance} ||u0||_M (shares proportional to segment length); errors carried into later
 * segments do not grow (contraction), so at every requested time the error is at most
 * {@code tolerance} ||u0||_M. A segment whose basis does not converge within
 * {@link ShiftInvertLanczos#MAX_DIMENSION} vectors is halved.
 */
final class ShiftInvertIntegrator {

    /** Receives the solution at requested time {@code index}; arrays are fresh and may be kept. Called from several threads. */
    @FunctionalInterface
    interface Sink {
        void accept(int index, double[] re, double[] im);
    }

    /**
     * What the integration took: segments, the largest basis, and the error bound met (relative to
     * ||u0||_M, summed over segments: it holds at every requested time).
     */
    record Report(int segments, int largestBasis, double bound) {
    }

    /** Share of the tolerance below which the second parity run is skipped. */
    private static final double SKIP_SHARE = 0.01;

    /** Segments shorter than this fraction of tMax are not halved further. */
    private static final double SHORTEST_SEGMENT = 1e-6;

    private final StencilMatrix mass;
    private final StencilMatrix operator;
    private final double tolerance;
    private int segments;
    private int largestBasis;
    private double totalBound;

    private ShiftInvertIntegrator(StencilMatrix mass, StencilMatrix operator, double tolerance) {
        this.mass = mass;
        this.operator = operator;
        this.tolerance = tolerance;
    }

    /**
     * Evolves (re, im) (read only) through {@code times} (non-decreasing, >= 0, checked by the
     * caller), handing the solution at each to {@code sink}; no segment is longer than {@code maxStep}.
     */
    static Report integrate(StencilMatrix mass, StencilMatrix operator, double[] re, double[] im, double[] times,
            double maxStep, double tolerance, Sink sink) {
        ShiftInvertIntegrator run = new ShiftInvertIntegrator(mass, operator, tolerance);
        double tMax = times.length == 0 ? 0 : times[times.length - 1];
        double normU0 = Math.hypot(mNorm(mass, re), mNorm(mass, im));
        int first = 0;
        while (first < times.length && times[first] == 0) {
            sink.accept(first++, re.clone(), im.clone());
        }
        double[][] state = {re, im};
        double start = 0;
        while (first < times.length) {
            double end = Math.min(tMax, start + maxStep);
            double[][] next = run.segment(state, start, end, times, first, tMax, normU0, sink);
            while (first < times.length && times[first] <= end) {
                first++;
            }
            state = next;
            start = end;
        }
        return new Report(run.segments, run.largestBasis, run.totalBound);
    }

    /**
     * Integrates from {@code state} at {@code start} to {@code end}, emitting the times in
     * (start, end] from index {@code first}; returns the state at {@code end} (null after tMax).
     */
    private double[][] segment(double[][] state, double start, double end, double[] times, int first, double tMax,
            double normU0, Sink sink) {
        double length = end - start;
        double share = tolerance * normU0 * length / tMax;
        double gamma = length / ShiftInvertLanczos.SHIFT_DIVISOR;
        StencilMatrix shifted = StencilMatrix.combine(1, mass, gamma, operator);
        GridCholesky factor = GridCholesky.of(shifted);
        int n = mass.size();
        double[] w1 = new double[n];
        double[] w2 = new double[n];
        for (int v = 0; v < n; v++) {
            int m = n - 1 - v;
            // w1 = even(re) + odd(im), w2 = odd(re) + even(im)
            w1[v] = 0.5 * (state[0][v] + state[0][m]) + 0.5 * (state[1][v] - state[1][m]);
            w2[v] = 0.5 * (state[0][v] - state[0][m]) + 0.5 * (state[1][v] + state[1][m]);
        }
        int last = first;
        while (last < times.length && times[last] <= end) {
            last++;
        }
        double[] checked = checkedTimes(times, first, last, start, length);
        double norm2 = mNorm(mass, w2);
        boolean second = norm2 > SKIP_SHARE * share;
        double budget1 = second ? share / 2 : share - norm2;
        // Forked into the pool this solve runs in (the common pool from a plain thread): the app confines
        // its background solves to a pool of its own.
        ForkJoinTask<ShiftInvertLanczos> other = second
                ? ForkJoinTask.adapt(() -> ShiftInvertLanczos.run(mass, shifted, factor, gamma, w2,
                        checked, share / 2 / norm2)).fork()
                : null;
        ShiftInvertLanczos run1 = ShiftInvertLanczos.run(mass, shifted, factor, gamma, w1, checked,
                budget1 / Math.max(mNorm(mass, w1), Double.MIN_NORMAL));
        ShiftInvertLanczos run2 = other == null ? null : other.join();
        if (!run1.converged() || run2 != null && !run2.converged()) {
            if (length <= SHORTEST_SEGMENT * tMax) {
                throw new IllegalStateException("the shift-and-invert Krylov basis did not converge within "
                        + ShiftInvertLanczos.MAX_DIMENSION + " vectors even on a segment of length " + length);
            }
            double middle = start + length / 2;
            double[][] half = segment(state, start, middle, times, first, tMax, normU0, sink);
            int from = first;
            while (from < times.length && times[from] <= middle) {
                from++;
            }
            return segment(half, middle, end, times, from, tMax, normU0, sink);
        }
        segments++;
        largestBasis = Math.max(largestBasis, Math.max(run1.dimension(), run2 == null ? 0 : run2.dimension()));
        double bound = run1.relativeBound() * run1.initialNorm() + (run2 == null ? norm2 : run2.relativeBound() * norm2);
        totalBound += bound / Math.max(normU0, Double.MIN_NORMAL);
        IntStream.range(first, last).parallel().forEach(i -> {
            double[][] u = combine(run1, run2, times[i] - start, n);
            sink.accept(i, u[0], u[1]);
        });
        return end < tMax ? combine(run1, run2, length, n) : null;
    }

    /** The requested times in (start, start + length] relative to start, then the segment length itself (the state handed on). */
    private static double[] checkedTimes(double[] times, int first, int last, double start, double length) {
        double[] out = new double[last - first + 1];
        for (int i = first; i < last; i++) {
            out[i - first] = times[i] - start;
        }
        out[out.length - 1] = length;
        return out;
    }

    /** (re, im) at time t into the segment: re = even(y1) + odd(y2), im = odd(y1) + even(y2). */
    private static double[][] combine(ShiftInvertLanczos run1, ShiftInvertLanczos run2, double t, int n) {
        double[] re = new double[n];
        double[] im = new double[n];
        double[] y = new double[n];
        run1.evaluate(t, y);
        split(y, re, im);
        if (run2 != null) {
            run2.evaluate(t, y);
            split(y, im, re);
        }
        return new double[][] {re, im};
    }

    /** even += the even part of y, odd += its odd part (y mirrored through node (n - 1) / 2). */
    private static void split(double[] y, double[] even, double[] odd) {
        int n = y.length;
        for (int v = 0; v < n; v++) {
            double mirror = y[n - 1 - v];
            even[v] += 0.5 * (y[v] + mirror);
            odd[v] += 0.5 * (y[v] - mirror);
        }
    }

    private static double mNorm(StencilMatrix mass, double[] x) {
        double[] mx = new double[x.length];
        mass.multiply(x, mx);
        return Math.sqrt(Math.max(0, ShiftInvertLanczos.dot(x, mx)));
    }
}
