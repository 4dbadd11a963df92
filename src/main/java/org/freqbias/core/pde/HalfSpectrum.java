package org.freqbias.core.pde;

/**
 * Initial data given as a transform at the non-negative FFT frequencies xi_k = k dxi (k = 0..K-1)
 * of real data, extended to negative xi by conjugate symmetry (real part even, imaginary part odd)
 * and interpolated linearly onto mesh nodes; zero beyond the data range.
 */
final class HalfSpectrum {

    private HalfSpectrum() {
    }

    /** Nodal values {re, im} on {@code mesh}; reads the arrays, returns new ones. */
    static double[][] onNodes(Mesh1D mesh, double[] xiData, double[] re0, double[] im0) {
        check(xiData, re0, im0);
        Mesh1D data = new Mesh1D(xiData[xiData.length - 1], 2 * (xiData.length - 1));
        double[] reFull = mirrored(re0, 1);
        double[] imFull = mirrored(im0, -1);
        double[] nodes = mesh.nodes();
        double[] re = new double[nodes.length];
        double[] im = new double[nodes.length];
        for (int j = 0; j < nodes.length; j++) {
            double r = data.valueAt(reFull, nodes[j]);
            if (!Double.isNaN(r)) {
                re[j] = r;
                im[j] = data.valueAt(imFull, nodes[j]);
            }
        }
        return new double[][] {re, im};
    }

    /** The values on -K+1..K-1 from those on 0..K-1, negative side multiplied by {@code parity}. */
    private static double[] mirrored(double[] half, int parity) {
        int k = half.length - 1;
        double[] full = new double[2 * k + 1];
        for (int i = 0; i <= k; i++) {
            full[k + i] = half[i];
            full[k - i] = parity * half[i];
        }
        full[k] = parity > 0 ? half[0] : 0;
        return full;
    }

    static void check(double[] xiData, double[] re0, double[] im0) {
        if (xiData.length < 2 || re0.length != xiData.length || im0.length != xiData.length) {
            throw new IllegalArgumentException("xiData, re0 and im0 need the same length >= 2, got "
                + xiData.length + ", " + re0.length + ", " + im0.length);
        }
        double dxi = xiData[1];
        for (int k = 0; k < xiData.length; k++) {
            if (!(Math.abs(xiData[k] - k * dxi) <= 1e-9 * dxi * Math.max(k, 1)) || !(dxi > 0)) {
                throw new IllegalArgumentException("xiData must be the non-negative FFT frequencies k * dxi, "
                    + "starting at 0 (LineGrid.frequencies()); entry " + k + " is " + xiData[k]);
            }
        }
    }
}
