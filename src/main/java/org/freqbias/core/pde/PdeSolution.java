package org.freqbias.core.pde;

/**
 * u(xi, t) of a {@link PdeProblem} for any t >= 0, given by nodal values on its mesh. Subclasses
 * supply the nodal values; everything else (interpolation, |u|, the loss) is shared here.
 * Immutable and safe to query from several threads; every query returns or fills new values.
 */
public abstract sealed class PdeSolution permits ExactEigenSolver, CramSolution {

    private final Mesh1D mesh;
    private final Tridiagonal mass;

    PdeSolution(Mesh1D mesh, Tridiagonal mass) {
        this.mesh = mesh;
        this.mass = mass;
    }

    /** Writes the nodal values of Re u(t) and Im u(t) into {@code re} and {@code im} (length nodes). */
    abstract void nodal(double t, double[] re, double[] im);

    /** The consistent mass matrix of the mesh. */
    Tridiagonal mass() {
        return mass;
    }

    public Mesh1D mesh() {
        return mesh;
    }

    /** The mesh nodes xi_j (a new array). */
    public double[] nodes() {
        return mesh.nodes();
    }

    /**
     * Writes Re u and Im u at {@code xiQuery} into {@code outRe} and {@code outIm}: node values when
     * a query is a node, linear interpolation between nodes, NaN outside [-Xi, Xi].
     */
    public void evaluate(double t, double[] xiQuery, double[] outRe, double[] outIm) {
        double[] re = new double[mesh.size()];
        double[] im = new double[mesh.size()];
        nodal(t, re, im);
        for (int q = 0; q < xiQuery.length; q++) {
            outRe[q] = mesh.valueAt(re, xiQuery[q]);
            outIm[q] = mesh.valueAt(im, xiQuery[q]);
        }
    }

    /** |u(xi, t)| at {@code xiQuery} (a new array; NaN outside [-Xi, Xi]). */
    public double[] abs(double t, double[] xiQuery) {
        double[] re = new double[xiQuery.length];
        double[] im = new double[xiQuery.length];
        evaluate(t, xiQuery, re, im);
        for (int q = 0; q < re.length; q++) {
            re[q] = Math.sqrt(re[q] * re[q] + im[q] * im[q]);
        }
        return re;
    }

    /**
     * Loss(t) = 1/2 (2 pi)^-1 integral |u|^2 dxi by the nodal (trapezoid) rule, sum_i m_i |u_i|^2 / (4 pi)
     * with m_i the row sums of M. The network's loss is a Riemann sum on the grid and, with the mesh
     * nodes on the FFT frequencies, this rule is its exact discrete Parseval partner: the two agree at
     * t = 0 to rounding. The consistent form u^T M u would integrate the P1 interpolant instead, which
     * flattens a peaked spectrum (measured 0.8 % low in 1D, 5 % in 2D at t = 0).
     */
    public double loss(double t) {
        double[] re = new double[mesh.size()];
        double[] im = new double[mesh.size()];
        nodal(t, re, im);
        return loss(mass, re, im);
    }

    static double loss(Tridiagonal mass, double[] re, double[] im) {
        return (mass.lumpedQuadraticForm(re) + mass.lumpedQuadraticForm(im)) / (2 * PdeProblem.FACTOR);
    }
}
