package org.freqbias.core.pde2d;

import org.freqbias.core.spectrum.PlaneGrid;
import org.freqbias.core.spectrum.Spectrum;

/** Test helper: a {@link Spectrum} from u0 = re + i im given as functions on the centred grid. */
final class GridSpectra {

    interface Field {
        double at(double xi1, double xi2);
    }

    private GridSpectra() {
    }

    /** The N x N centred grid with spacing dxi (L = pi / dxi), entry (c1, c2) at ((c1 - N/2) dxi, (c2 - N/2) dxi). */
    static Spectrum of(int n, double dxi, Field re, Field im) {
        double[] a = new double[n * n];
        double[] b = new double[n * n];
        for (int c1 = 0; c1 < n; c1++) {
            for (int c2 = 0; c2 < n; c2++) {
                a[c1 * n + c2] = re.at((c1 - n / 2) * dxi, (c2 - n / 2) * dxi);
                b[c1 * n + c2] = im.at((c1 - n / 2) * dxi, (c2 - n / 2) * dxi);
            }
        }
        return new Spectrum(new PlaneGrid(Math.PI / dxi, n), a, b);
    }

    /** The spectrum whose grid is exactly the nodes of {@code mesh} (N = elements, dxi = h). */
    static Spectrum onMesh(Mesh2D mesh, Field re, Field im) {
        return of(mesh.elements(), mesh.spacing(), re, im);
    }
}
