package org.freqbias.app.chart;

import java.util.Arrays;
import org.freqbias.core.spectrum.PlaneGrid;

/**
 * 2D chart: the radial profile of |r^| now, the mean over rings of |xi| (width dxi), network
 * solid and PDE dashed, each kernel flow (when computed) as a wide line beneath them, with the
 * profile at t = 0 dotted, log scale.
 */
public final class RadialProfileChart extends SpectrumCurvesChart {

    public RadialProfileChart() {
        super("Radial profile of |ȓ| now", "radial", "|ξ| (ring radius)", "|ξ|", "|ȓ| ring mean", "network", "");
    }

    /** The ring radii b dxi up to the top of the axis (at most N/2 + 1 rings). */
    @Override
    protected double[] frequencies(ChartData data, double top) {
        PlaneGrid grid = (PlaneGrid) data.grid();
        double dxi = grid.spacing();
        int bins = Math.min(grid.samples() / 2 + 1, (int) Math.floor(top / dxi + 1e-9) + 1);
        double[] xi = new double[bins];
        for (int b = 0; b < bins; b++) {
            xi[b] = b * dxi;
        }
        return xi;
    }

    @Override
    protected double[] curve(ChartData data, double[] abs, int points) {
        return Arrays.copyOf(((PlaneGrid) data.grid()).radialProfile(abs), points);
    }
}
