package org.freqbias.core.kernel;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.numeric.TridiagonalEigen;

/**
 * A {@link KernelFlow} applied matrix-free, for 2D grids:
 * r(t) = exp(-K t) r(0) for a symmetric positive semi-definite {@link KernelOperator} K, from one
 * Krylov basis for all times: Lanczos with full reorthogonalization builds V_k (orthonormal, first
 * column r(0) / ||r(0)||) and the tridiagonal T_k = V_k^T K V_k, and
 *
 * <pre>
 *   r(t) ~= ||r(0)|| V_k exp(-t T_k) e_1,   exp(-t T_k) = Q exp(-t Theta) Q^T   (T_k = Q Theta Q^T, EJML).
 * </pre>
 *
 * <p>Why not the dense route of {@link EigenKernelFlow}: on a 64 x 64 grid K is 4096 x 4096, and its
 * eigendecomposition (O(N^6) in the grid side) takes minutes; the Lanczos error for exp(-tK) falls
 * off once k exceeds about sqrt(lambda_max t), a few dozen vectors here, each one apply of K.
 *
 * <p>Convergence: every {@link #CHECK_EVERY} vectors, the coefficients at each requested time are
 * compared with those of the previous check; the basis is complete when the largest change is
 * below {@code tolerance ||r(0)||} (relative to the initial residual, the norm the distances of the
 * runs divide by), or when K maps the basis into itself (beta_k = 0: then the result is exact).
 */
public final class KrylovKernelFlow implements KernelFlow {

    /** The default relative tolerance on the change of r(t) between checks. */
    public static final double TOLERANCE = 1e-10;

    /** The default cap on the basis size. */
    public static final int MAX_DIMENSION = 600;

    static final int CHECK_EVERY = 4;

    private final List<double[]> basis;
    private final Spectral tridiagonal;
    private final double beta0;
    private final int size;

    private KrylovKernelFlow(List<double[]> basis, Spectral tridiagonal, double beta0, int size) {
        this.basis = basis;
        this.tridiagonal = tridiagonal;
        this.beta0 = beta0;
        this.size = size;
    }

    /** As {@link #of(KernelOperator, double[], double[], double, int)} with the default tolerance and cap. */
    public static KrylovKernelFlow of(KernelOperator k, double[] initialResidual, double[] times) {
        return of(k, initialResidual, times, TOLERANCE, MAX_DIMENSION);
    }

    /**
     * @param times the times the result must be converged at (others in between are as accurate in practice)
     * @throws IllegalStateException when {@code maxDimension} vectors do not reach the tolerance
     */
    public static KrylovKernelFlow of(KernelOperator k, double[] initialResidual, double[] times, double tolerance,
            int maxDimension) {
        int n = k.size();
        if (initialResidual.length != n) {
            throw new IllegalArgumentException("initial residual must have " + n + " entries, got " + initialResidual.length);
        }
        double beta0 = norm(initialResidual);
        List<double[]> basis = new ArrayList<>();
        if (beta0 == 0) {
            return new KrylovKernelFlow(basis, new Spectral(new double[0], new DMatrixRMaj(0, 0)), 0, n);
        }
        double[] alpha = new double[maxDimension];
        double[] beta = new double[maxDimension];
        basis.add(scaled(initialResidual, 1 / beta0));
        double[] w = new double[n];
        double[][] previous = null;
        double lastChange = Double.NaN;
        double scale = 0;
        for (int j = 0; ; j++) {
            double[] v = basis.get(j);
            k.apply(v, w);
            alpha[j] = dot(v, w);
            scale = Math.max(scale, Math.abs(alpha[j]));
            // Full reorthogonalization, twice ("twice is enough"): keeps V orthonormal to rounding.
            for (int pass = 0; pass < 2; pass++) {
                for (double[] u : basis) {
                    axpy(-dot(u, w), u, w);
                }
            }
            beta[j] = norm(w);
            int dim = j + 1;
            boolean invariant = beta[j] <= 1e-13 * scale;
            if (invariant || dim % CHECK_EVERY == 0 || dim == maxDimension) {
                Spectral t = Spectral.of(alpha, beta, dim);
                double[][] coefficients = new double[times.length][];
                double change = 0;
                for (int i = 0; i < times.length; i++) {
                    coefficients[i] = t.coefficients(times[i], beta0);
                    change = Math.max(change, previous == null ? Double.POSITIVE_INFINITY
                            : difference(coefficients[i], previous[i]));
                }
                lastChange = change / beta0;
                if (invariant || lastChange <= tolerance || times.length == 0) {
                    return new KrylovKernelFlow(basis, t, beta0, n);
                }
                previous = coefficients;
            }
            if (dim == maxDimension) {
                throw new IllegalStateException("the Krylov flow did not converge within " + maxDimension
                        + " vectors (last relative change " + lastChange + " at the times up to " + max(times)
                        + "): lambda_max(K) t is too large for this basis; shorten the run or raise the cap");
            }
            basis.add(scaled(w, 1 / beta[j]));
        }
    }

    /** The size k of the Krylov basis used. */
    public int dimension() {
        return basis.size();
    }

    /** r(t) = V_k (||r(0)|| Q exp(-t Theta) Q^T e_1); tiny negative Ritz values from rounding count as 0. */
    @Override
    public double[] residualAt(double t) {
        double[] y = tridiagonal.coefficients(t, beta0);
        double[] out = new double[size];
        for (int r = 0; r < y.length; r++) {
            axpy(y[r], basis.get(r), out);
        }
        return out;
    }

    /** The eigendecomposition of the leading dim x dim block of the tridiagonal (alpha, beta). */
    private record Spectral(double[] values, DMatrixRMaj vectors) {

        static Spectral of(double[] alpha, double[] beta, int dim) {
            TridiagonalEigen eig = TridiagonalEigen.of(alpha, beta, dim);
            return new Spectral(eig.values(), eig.vectors());
        }

        /** beta0 exp(-t T) e_1 = beta0 Q exp(-t Theta) Q^T e_1, the coefficients of r(t) in the Lanczos basis. */
        double[] coefficients(double time, double beta0) {
            int dim = values.length;
            double[] y = new double[dim];
            for (int c = 0; c < dim; c++) {
                double weight = beta0 * vectors.get(0, c) * Math.exp(-Math.max(values[c], 0) * time);
                for (int r = 0; r < dim; r++) {
                    y[r] += vectors.get(r, c) * weight;
                }
            }
            return y;
        }
    }

    /** ||a - b|| with b padded by zeros to the length of a. */
    private static double difference(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - (i < b.length ? b[i] : 0);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** y += s x. */
    private static void axpy(double s, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += s * x[i];
        }
    }

    private static double[] scaled(double[] a, double s) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = s * a[i];
        }
        return out;
    }
}
