package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.PlaneGrid;

/**
 * 2D chart: |r^(xi, t)| over the frequency square at the time shown, one row per run, each with one
 * image per source side by side (the network, the PDE and each kernel flow that is computed), all
 * on one shared log colour scale with one colour bar: from the largest |r^(xi, 0)| of the runs down
 * four decades. A source without data at the moment (the PDE before its first solve, a flow
 * switched off) is hidden and takes no room.
 */
public final class PlaneSpectrumChart extends ChartFrame {

    /** A named |r^| on the centred grid; {@code abs} returns null when there is none now. */
    private record Source(String title, Function<ChartData, double[]> abs) {
    }

    private static final List<Source> SOURCES = Stream.concat(Stream.of(
            new Source("network |ȓ(ξ, t)|", ChartData::networkAbs),
            new Source("PDE |u(ξ, t)|", ChartData::pdeAbs)),
            Stream.of(KernelFlowKind.values()).map(kind -> new Source(KernelFlowStyle.of(kind).shortLabel() + " |ȓ(ξ, t)|",
                    d -> d.flowAbs(kind)))).toList();

    private static final double DECADES = 4;

    /** Per run, one map per source. */
    private final List<List<HeatMap>> rows = new ArrayList<>();
    private final ColourBar bar = new ColourBar(ColourMap.VIRIDIS, null); // the title names |ȓ|
    private final SquareImageGrid grid;
    /**
     * Per run and source, the spectrum drawn last and its image: the same spectrum at the same scale
     * is not mapped again.
     */
    private final Drawn[][] drawn = new Drawn[Palette.RUNS][SOURCES.size()];

    private record Drawn(double[] abs, int k, double floor, double[][] image) {
    }

    public PlaneSpectrumChart() {
        super("Error spectrum |ȓ(ξ, t)| now", "spectrum", "plane-spectrum");
        for (int i = 0; i < Palette.RUNS; i++) {
            List<HeatMap> maps = SOURCES.stream().map(s -> HeatMap.planeSpectrum(s.title())).toList();
            maps.forEach(m -> m.readoutTo(this));
            rows.add(maps);
        }
        grid = new SquareImageGrid(rows, bar);
        setPlot(grid);
    }

    /** Wide enough for the square images of the widest row drawn last side by side at the export height (about 470 px each). */
    @Override
    public double exportWidth() {
        long shown = rows.stream().mapToLong(r -> r.stream().filter(HeatMap::isVisible).count()).max().orElse(0);
        return Math.max(1100, 150 + 470 * shown);
    }

    @Override
    protected void draw(ChartView view) {
        double top = view.maxFrequency();
        double hi = Math.log10(view.runs().stream()
                .mapToDouble(r -> LogScale.max(r.data().facts().initialAbs())).max().orElseThrow());
        double lo = hi - DECADES;
        double floor = Math.pow(10, lo);
        for (int i = 0; i < rows.size(); i++) {
            List<HeatMap> maps = rows.get(i);
            if (i >= view.runs().size()) {
                maps.forEach(m -> m.setVisible(false));
                continue;
            }
            RunView run = view.runs().get(i);
            ChartData data = run.data();
            PlaneGrid planeGrid = (PlaneGrid) data.grid();
            int n = planeGrid.samples();
            int k = shownHalfWidth(planeGrid, top);
            double edge = (k + 0.5) * planeGrid.spacing();
            for (int s = 0; s < SOURCES.size(); s++) {
                double[] abs = SOURCES.get(s).abs().apply(data);
                HeatMap map = maps.get(s);
                map.setVisible(abs != null);
                if (abs != null) {
                    Drawn d = drawn[i][s];
                    if (d == null || d.abs() != abs || d.k() != k || d.floor() != floor) {
                        drawn[i][s] = d = new Drawn(abs, k, floor, PlaneImages.logSpectrum(abs, n, k, floor));
                    }
                    map.draw(d.image(), ColourMap.VIRIDIS, lo, hi, -edge, edge, -edge, edge);
                }
                    map.markPoints(peakVectors(data));
            }
            grid.name(i, run.label(), run.style().network());
        }
        bar.setLogRange(lo, hi);
        grid.requestLayout();
        legend.set(List.of()); // the titles and the rows' names say what is drawn
    }

    /** k: the maps show the centred indices N/2 - k .. N/2 + k of each axis, |xi_i| <= {@code top}. */
    private static int shownHalfWidth(PlaneGrid grid, double top) {
        return Math.min(grid.samples() / 2 - 1, (int) Math.floor(top / grid.spacing() + 1e-9));
    }

    /**
     * Per run drawn and map shown, |ȓ| (or |u|) at each frequency (xi1, xi2) of the square shown, at the
     * time shown.
     */
    @Override
    public Optional<String> dataCsv() {
        List<String> axes = rows.get(0).get(0).axisTitles();
        return HeatMapCsv.of(drawnView(), axes.get(0), axes.get(1), this::layers);
    }

    private List<HeatMapCsv.Layer> layers(ChartView view) {
        List<HeatMapCsv.Layer> layers = new ArrayList<>();
        for (RunView run : view.runs().subList(0, Math.min(rows.size(), view.runs().size()))) {
            PlaneGrid planeGrid = (PlaneGrid) run.data().grid();
            int n = planeGrid.samples();
            int k = shownHalfWidth(planeGrid, view.maxFrequency());
            int from = n / 2 - k;
            double[] axis = IntStream.rangeClosed(-k, k).mapToDouble(i -> planeGrid.axisFrequency(n / 2 + i)).toArray();
            for (Source source : SOURCES) {
                double[] abs = source.abs().apply(run.data());
                if (abs != null) {
                    layers.add(new HeatMapCsv.Layer(HeatMapCsv.named(view, run, source.title()), axis, axis,
                            (i1, i2) -> abs[(from + i1) * n + from + i2]));
                }
            }
        }
        return layers;
    }

    /** Each target peak's grid frequency (xi1, xi2) and its mirror -xi: |r^| of a real residual is even. */
    private static double[][] peakVectors(ChartData data) {
        int peaks = data.peakCount();
        double[][] out = new double[2 * peaks][];
        for (int p = 0; p < peaks; p++) {
            double[] xi = data.grid().frequency(data.facts().peakIndex(p));
            out[2 * p] = xi.clone();
            out[2 * p + 1] = new double[] {-xi[0], -xi[1]};
        }
        return out;
    }
}
