package org.freqbias.core.pde2d;

import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.GridTransform2D;
import org.freqbias.core.spectrum.PlaneGrid;
import org.freqbias.core.spectrum.Spectrum;

/**
 * Moves values between a centred {@link PlaneGrid} and the nodes of a {@link Mesh2D}.
 * The spectrum holds k1, k2 in [-N/2, N/2); the row and column k = +N/2 are filled by conjugate
 * symmetry u(-xi) = conj(u(xi)) of the transform of real data, the index -(-N/2) = N/2 taken
 * periodically (the discrete transform is N-periodic in k) where both are missing.
 */
final class NodalSpectrum {

    private NodalSpectrum() {
    }

    /**
     * Nodal values on {@code mesh} as an n x 2 matrix (real, imaginary), P1-interpolated from the
     * (N+1) x (N+1) grid of frequencies k dxi, |k| <= N/2; zero at nodes outside it. Exact (a copy)
     * when the mesh nodes are the FFT frequencies (elements = N, Xi = N/2 dxi). Reads {@code s} only.
     */
    static DMatrixRMaj onNodes(Mesh2D mesh, Spectrum s) {
        int n = s.grid().samples();
        Mesh2D data = new Mesh2D(n / 2 * s.grid().spacing(), n);
        double[] re = new double[data.size()];
        double[] im = new double[data.size()];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                boolean stored = i < n && j < n;
                int src = stored ? i * n + j : (n - i) % n * n + (n - j) % n;
                re[data.node(i, j)] = s.re()[src];
                im[data.node(i, j)] = stored ? s.im()[src] : -s.im()[src];
            }
        }
        DMatrixRMaj u = new DMatrixRMaj(mesh.size(), 2);
        for (int v = 0; v < mesh.size(); v++) {
            double a = data.valueAt(re, mesh.xi1(v), mesh.xi2(v));
            if (!Double.isNaN(a)) {
                u.data[2 * v] = a;
                u.data[2 * v + 1] = data.valueAt(im, mesh.xi1(v), mesh.xi2(v));
            }
        }
        return u;
    }

    /**
     * Nodal values on {@code mesh} (n x 2: real, imaginary) as the exact transform of the sampled
     * function {@code values} on {@code domain} ({@link GridTransform2D}): no interpolation, whatever
     * the mesh spacing; zero at nodes beyond the Nyquist frequency. Reads its arguments only.
     */
    static DMatrixRMaj onNodes(Mesh2D mesh, double[] values, Domain domain) {
        double[] axis = new double[mesh.elements() + 1];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = mesh.coordinate(i);
        }
        double[][] t = GridTransform2D.at(values, domain, axis);
        DMatrixRMaj u = new DMatrixRMaj(mesh.size(), 2);
        for (int v = 0; v < mesh.size(); v++) {
            u.data[2 * v] = t[0][v];     // node(i, j) = i (elements + 1) + j, the same order
            u.data[2 * v + 1] = t[1][v];
        }
        return u;
    }

    /**
     * |u| at the centred grid of an N x N spectrum with spacing {@code dxi}, entry
     * (k1 + N/2) N + (k2 + N/2) at (k1, k2) dxi; NaN outside the mesh. A new array; reads {@code u}.
     */
    static double[] absOnGrid(Mesh2D mesh, DMatrixRMaj u, int n, double dxi) {
        int size = mesh.size();
        double[] re = new double[size];
        double[] im = new double[size];
        for (int v = 0; v < size; v++) {
            re[v] = u.data[2 * v];
            im[v] = u.data[2 * v + 1];
        }
        double[] out = new double[n * n];
        for (int c1 = 0; c1 < n; c1++) {
            for (int c2 = 0; c2 < n; c2++) {
                double x1 = (c1 - n / 2) * dxi;
                double x2 = (c2 - n / 2) * dxi;
                double a = mesh.valueAt(re, x1, x2);
                double b = mesh.valueAt(im, x1, x2);
                out[c1 * n + c2] = Math.sqrt(a * a + b * b);
            }
        }
        return out;
    }
}
