package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.PlaneGrid;

/**
 * 2D chart: |r^(xi, t)| over the frequency square now, one image per source side by side (the
 * network, the PDE and each kernel flow that is computed), on one shared log colour scale with one
 * colour bar: from the largest |r^(xi, 0)| shown down four decades. A source without data at the
 * moment (the PDE before its first solve, a flow switched off) is hidden and takes no room.
 */
public final class PlaneSpectrumChart extends ChartFrame {

    /** A named |r^| on the centred grid; {@code abs} returns null when there is none now. */
    private record Source(String title, Function<ChartData, double[]> abs) {
    }

    private static final List<Source> SOURCES = Stream.concat(Stream.of(
            new Source("network |r̂(ξ, t)|", ChartData::networkAbs),
            new Source("PDE |u(ξ, t)|", ChartData::pdeAbs)),
            Stream.of(KernelFlowKind.values()).map(kind -> new Source(KernelFlowStyle.of(kind).shortLabel() + " |r̂(ξ, t)|",
                    d -> d.flowAbs(kind)))).toList();

    private static final double DECADES = 4;

    private final List<HeatMap> maps = new ArrayList<>();
    private final ColourBar bar = new ColourBar(ColourMap.VIRIDIS, "|r̂|");
    /** Per source, the spectrum drawn last and its image: the same spectrum at the same scale is not mapped again. */
    private final Drawn[] drawn = new Drawn[SOURCES.size()];

    private record Drawn(double[] abs, int k, double floor, double[][] image) {
    }

    public PlaneSpectrumChart() {
        super("Error spectrum |r̂(ξ, t)| now", "spectrum");
        for (Source s : SOURCES) {
            maps.add(new HeatMap(s.title(), "ξ₁", "ξ₂"));
        }
        setPlot(new SquareImageRow(maps, bar));
    }

    /** Wide enough for the square images drawn last side by side at the export height (about 470 px each). */
    @Override
    public double exportWidth() {
        long shown = maps.stream().filter(HeatMap::isVisible).count();
        return Math.max(1100, 150 + 470 * shown);
    }

    @Override
    protected void draw(ChartData data) {
        PlaneGrid grid = (PlaneGrid) data.setup().grid();
        int n = grid.samples();
        double dxi = grid.spacing();
        int k = Math.min(n / 2 - 1, (int) Math.floor(data.maxFrequency() / dxi + 1e-9));
        double edge = (k + 0.5) * dxi;
        double hi = Math.log10(LogScale.max(data.setup().initialResidual().abs()));
        double lo = hi - DECADES;
        double floor = Math.pow(10, lo);
        for (int i = 0; i < SOURCES.size(); i++) {
            double[] abs = SOURCES.get(i).abs().apply(data);
            HeatMap map = maps.get(i);
            map.setVisible(abs != null);
            if (abs != null) {
                Drawn d = drawn[i];
                if (d == null || d.abs() != abs || d.k() != k || d.floor() != floor) {
                    drawn[i] = d = new Drawn(abs, k, floor, PlaneImages.logSpectrum(abs, n, k, floor));
                }
                map.draw(d.image(), ColourMap.VIRIDIS, lo, hi, -edge, edge, -edge, edge);
            }
        }
        bar.setLogRange("|r̂|", lo, hi, floor);
        requestLayout();
    }
}
