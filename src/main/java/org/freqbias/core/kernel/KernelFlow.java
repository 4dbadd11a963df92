package org.freqbias.core.kernel;

/**
 * A kernel flow: the residual on the data grid evolved exactly by a fixed kernel, dr/dt = -K r
 * with K = Theta dx^d, readable at any time. Which kernel is its {@link KernelFlowKind}; how it is
 * evolved depends on the size of K: a dense eigendecomposition ({@link EigenKernelFlow}, 1D) or one
 * Lanczos basis applied matrix-free ({@link KrylovKernelFlow}, 2D).
 */
public interface KernelFlow {

    /** r(t) on the grid (a fresh array). */
    double[] residualAt(double t);
}
