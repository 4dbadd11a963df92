package org.freqbias.core.pde;

/**
 * A symmetric tridiagonal matrix: {@code diag[i]} = T(i, i) for i = 0..n-1 and {@code off[i]} =
 * T(i, i+1) = T(i+1, i) for i = 0..n-2. The arrays are owned by the record and never modified.
 */
public record Tridiagonal(double[] diag, double[] off) {

    public Tridiagonal {
        if (off.length != Math.max(diag.length - 1, 0)) {
            throw new IllegalArgumentException("off must have diag.length - 1 entries, got "
                + off.length + " for " + diag.length);
        }
    }

    public int size() {
        return diag.length;
    }

    /** a * this, a new matrix. */
    public Tridiagonal scaled(double a) {
        return combine(a, this, 0);
    }

    /** a * this + b * other, a new matrix. */
    public Tridiagonal combine(double a, Tridiagonal other, double b) {
        double[] d = new double[diag.length];
        double[] o = new double[off.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a * diag[i] + b * other.diag[i];
        }
        for (int i = 0; i < o.length; i++) {
            o[i] = a * off[i] + b * other.off[i];
        }
        return new Tridiagonal(d, o);
    }

    /** out = T x; {@code out} is overwritten and must not alias {@code x}. */
    public void multiply(double[] x, double[] out) {
        int n = diag.length;
        for (int i = 0; i < n; i++) {
            double s = diag[i] * x[i];
            if (i > 0) {
                s += off[i - 1] * x[i - 1];
            }
            if (i < n - 1) {
                s += off[i] * x[i + 1];
            }
            out[i] = s;
        }
    }

    /** The quadratic form x^T T x. */
    public double quadraticForm(double[] x) {
        double s = 0;
        for (int i = 0; i < diag.length; i++) {
            s += diag[i] * x[i] * x[i];
        }
        for (int i = 0; i < off.length; i++) {
            s += 2 * off[i] * x[i] * x[i + 1];
        }
        return s;
    }

    /**
     * sum_i (sum_j T_ij) x_i^2: the quadratic form of the lumped (row-summed) matrix. For a P1 mass
     * matrix on a uniform mesh this is the trapezoid rule for integral x^2 on the nodal values.
     */
    public double lumpedQuadraticForm(double[] x) {
        double s = 0;
        for (int i = 0; i < diag.length; i++) {
            double rowSum = diag[i] + (i > 0 ? off[i - 1] : 0) + (i < off.length ? off[i] : 0);
            s += rowSum * x[i] * x[i];
        }
        return s;
    }
}
