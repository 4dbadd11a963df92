package org.freqbias.core.kernel;

/**
 * A symmetric positive semi-definite operator K on grid functions, applied without forming its
 * matrix: the kernel of a gradient flow dr/dt = -K r on the data grid, K = Theta dx^d (Theta the
 * kernel, dx^d the quadrature weight of the integral operator). {@link KrylovKernelFlow} needs nothing else.
 */
public interface KernelOperator {

    /** The number of grid points (N in 1D, N^2 in 2D). */
    int size();

    /** out = K v. Reads {@code v} only; overwrites {@code out} (both of length {@link #size()}). */
    void apply(double[] v, double[] out);
}
