package org.freqbias.core.pde;

/**
 * A uniform P1 mesh of the frequency interval [-Xi, Xi]: {@code elements} intervals of width
 * h = 2 Xi / elements, nodes xi_j = -Xi + j h for j = 0..elements.
 */
public record Mesh1D(double halfWidth, int elements) {

    /** Relative distance to a node below which a point is read as that node (no interpolation). */
    private static final double SNAP = 1e-9;

    public Mesh1D {
        if (!(halfWidth > 0) || !Double.isFinite(halfWidth)) {
            throw new IllegalArgumentException("halfWidth (Xi) must be a finite number > 0, got " + halfWidth);
        }
        if (elements < 2) {
            throw new IllegalArgumentException("elements must be >= 2, got " + elements + ": try 1024");
        }
    }

    /** Element width h = 2 Xi / elements. */
    public double spacing() {
        return 2 * halfWidth / elements;
    }

    /** Number of nodes, elements + 1. */
    public int size() {
        return elements + 1;
    }

    /** Node positions xi_j = -Xi + j h (a new array). */
    public double[] nodes() {
        double h = spacing();
        double[] xi = new double[size()];
        for (int j = 0; j < xi.length; j++) {
            xi[j] = -halfWidth + j * h;
        }
        return xi;
    }

    /** The mesh with every element split in two (same domain, h halved). */
    public Mesh1D refined() {
        return new Mesh1D(halfWidth, 2 * elements);
    }

    /**
     * The P1 interpolant of the nodal values {@code nodal} at {@code xi}: the node value itself when
     * xi is a node (to 1e-9 of h), linear between nodes, NaN outside [-Xi, Xi]. Reads only.
     */
    public double valueAt(double[] nodal, double xi) {
        double s = (xi + halfWidth) / spacing();
        long nearest = Math.round(s);
        if (Math.abs(s - nearest) <= SNAP) {
            return nearest >= 0 && nearest <= elements ? nodal[(int) nearest] : Double.NaN;
        }
        if (!(s >= 0 && s <= elements)) {
            return Double.NaN;
        }
        int j = Math.min((int) s, elements - 1);
        double w = s - j;
        return (1 - w) * nodal[j] + w * nodal[j + 1];
    }
}
