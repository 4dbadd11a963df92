package org.freqbias.core.kernel;

/** The residual on the data grid evolved by a fixed kernel, dr/dt = -K r, readable at any time. */
public interface ResidualFlow {

    /** r(t) on the grid (a fresh array). */
    double[] residualAt(double t);
}
