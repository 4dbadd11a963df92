package org.freqbias.core.kernel;

import org.freqbias.core.grid.Domain;

/**
 * A {@link KernelOperator} on the N x N data grid of a 2D domain (N^2 points, row-major: point
 * i1 N + i2 at (x_i1, x_i2)) with what every such operator holds: N, the axis x_i and the
 * quadrature weight dx^2 of K = Theta dx^2. Subclasses apply Theta: by FFT convolution
 * ({@link InfiniteWidthOperator2D}) or through a network's features
 * ({@code net.EmpiricalKernelOperator2D}).
 */
public abstract class PlaneKernelOperator implements KernelOperator {

    protected final int n;
    protected final double[] x;
    protected final double weight;

    protected PlaneKernelOperator(Domain domain) {
        if (domain.dimension() != 2) {
            throw new IllegalArgumentException("a 2D kernel operator needs a 2D domain, got dimension " + domain.dimension());
        }
        this.n = domain.samples();
        this.x = domain.axis();
        double dx = domain.spacing();
        this.weight = dx * dx;
    }

    @Override
    public final int size() {
        return n * n;
    }

    /** out = K v; throws unless {@code v} and {@code out} both have N^2 entries. */
    @Override
    public final void apply(double[] v, double[] out) {
        if (v.length != size() || out.length != size()) {
            throw new IllegalArgumentException("vectors must have " + size() + " entries (one per grid point), got "
                    + v.length + " and " + out.length);
        }
        applyOnGrid(v, out);
    }

    /** out = K v for vectors of N^2 entries. Reads {@code v} only; overwrites {@code out}. */
    protected abstract void applyOnGrid(double[] v, double[] out);
}
