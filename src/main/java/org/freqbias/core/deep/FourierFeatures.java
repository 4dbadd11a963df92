package org.freqbias.core.deep;

/**
 * The Fourier block of the first layer at a fixed set of n points x_i in R^d:
 * z_0(x_i) = [cos(w_j . x_i) for j &lt; m, sin(w_j . x_i) for j &lt; m], one row of 2m values per
 * point. {@link GridFeatures} builds the rows from rotation tables on a uniform grid,
 * {@link PointFeatures} with one sine and cosine per entry at arbitrary points.
 */
interface FourierFeatures {

    /** n, the number of points. */
    int points();

    /** x_i[a], coordinate a of point i. */
    double coordinate(int point, int axis);

    /**
     * Reads the frequencies w_j[a] = params[j d + a] for the following {@link #fill} calls. Called by
     * one thread before fills run; not thread-safe.
     */
    void load(double[] params);

    /** How many scratch rows of length m one {@link #fill} call needs. */
    int scratchRows();

    /**
     * Writes z_0 of the points first .. first + count - 1 into z[0 .. count - 1] (rows of length 2m).
     * Modifies z and scratch only; concurrent calls are safe with distinct z and scratch.
     */
    void fill(int first, int count, double[][] z, double[][] scratch);
}
