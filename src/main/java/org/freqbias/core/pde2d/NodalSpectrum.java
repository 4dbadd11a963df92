package org.freqbias.core.pde2d;

import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.GridTransform2D;
import org.freqbias.core.spectrum.Spectrum;

/**
 * The initial condition on the nodes of a {@link Mesh2D}: from a spectrum on a centred {@link org.freqbias.core.spectrum.PlaneGrid}, or
 * as the exact transform of sampled data ({@link GridReadout} goes the other way). The spectrum holds k1, k2 in [-N/2, N/2); the row and column k = +N/2 are filled by conjugate
 * symmetry u(-xi) = conj(u(xi)) of the transform of real data, the index -(-N/2) = N/2 taken
 * periodically (the discrete transform is N-periodic in k) where both are missing.
 */
final class NodalSpectrum {

    private NodalSpectrum() {
    }

    /**
     * Nodal values on {@code mesh}, {real parts, imaginary parts}, P1-interpolated from the
     * (N+1) x (N+1) grid of frequencies k dxi, |k| <= N/2; zero at nodes outside it. Exact (a copy)
     * when the mesh nodes are the FFT frequencies (elements = N, Xi = N/2 dxi). Reads {@code s} only.
     */
    static double[][] onNodes(Mesh2D mesh, Spectrum s) {
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
        double[][] u = new double[2][mesh.size()];
        for (int v = 0; v < mesh.size(); v++) {
            double a = data.valueAt(re, mesh.xi1(v), mesh.xi2(v));
            if (!Double.isNaN(a)) {
                u[0][v] = a;
                u[1][v] = data.valueAt(im, mesh.xi1(v), mesh.xi2(v));
            }
        }
        return u;
    }

    /**
     * Nodal values on {@code mesh}, {real parts, imaginary parts}, as the exact transform of the sampled
     * function {@code values} on {@code domain} ({@link GridTransform2D}): no interpolation, whatever
     * the mesh spacing; zero at nodes beyond the Nyquist frequency. Reads its arguments only.
     */
    static double[][] onNodes(Mesh2D mesh, double[] values, Domain domain) {
        double[] axis = new double[mesh.elements() + 1];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = mesh.coordinate(i);
        }
        return GridTransform2D.at(values, domain, axis);     // entry a (elements + 1) + b = node(a, b)
    }
}
