package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The error spectrum at the time shown as curves against |xi|, log scale, for each run: at t = 0
 * dotted (once however many runs share it), each kernel flow (when computed) beneath the rest, the
 * network solid, the PDE dashed. Subclasses say how a spectrum on the run's grid becomes one curve:
 * in 1D the spectrum itself ({@link SpectrumChart}), in 2D its radial profile ({@link RadialProfileChart}).
 */
abstract class SpectrumCurvesChart extends XyChartFrame {

    private static final LineStyle INITIAL = LineStyle.dotted(Palette.TARGET);

    /** One run's curves. */
    private final class Curves {
        final PlotSeries initial = series("at t = 0", INITIAL);
        final KernelFlowCurves flows = new KernelFlowCurves(SpectrumCurvesChart.this);
        final PlotSeries network = series(networkText, RunStyle.SINGLE.networkLine());
        final PlotSeries pde = pdeCurve(pdeDetail, RunStyle.SINGLE.pdeLine());

        void clear() {
            initial.clear();
            flows.clear();
            network.clear();
            pde.clear();
        }
    }

    private final String quantity;
    private final String networkText;
    private final String pdeDetail;
    private final Slots<Curves> slots;

    /**
     * @param quantity what the y axis shows, such as "|ȓ(ξ)|"
     * @param xSymbol the frequency's name in the hover readout, "ξ" or "|ξ|"
     * @param networkText the network's legend entry
     * @param pdeDetail the PDE's legend detail ({@link LegendBox#pdeText})
     */
    SpectrumCurvesChart(String title, String fileName, String xLabel, String xSymbol, String quantity, String networkText,
            String pdeDetail) {
        super(title, fileName, xLabel, quantity, YScale.LOG);
        readoutSymbols(xSymbol, "|ȓ|");
        this.quantity = quantity;
        this.networkText = networkText;
        this.pdeDetail = pdeDetail;
        slots = new Slots<>(i -> new Curves()); // after the names its series take
    }

    /** The frequencies |xi| the curves are drawn at, from 0 to {@code top}. */
    protected abstract double[] frequencies(ChartData data, double top);

    /** The curve of magnitudes {@code abs} on the run's grid at the first {@code points} of {@link #frequencies}. */
    protected abstract double[] curve(ChartData data, double[] abs, int points);

    @Override
    protected final void draw(ChartView view) {
        double top = view.maxFrequency();
        xRange(0, top);
        PixelColumns columns = columns();
        List<double[]> xi = new ArrayList<>();
        List<double[]> initial = new ArrayList<>();
        for (RunView run : view.runs()) {
            double[] x = frequencies(run.data(), top);
            xi.add(x);
            initial.add(curve(run.data(), run.data().facts().initialAbs(), x.length));
        }
        double floor = LogScale.floorBelow(6, initial.toArray(double[][]::new));
        double highest = Double.NEGATIVE_INFINITY;
        boolean[] flowShown = new boolean[KernelFlowKind.values().length];
        for (int i = 0; i < view.runs().size(); i++) {
            RunView run = view.runs().get(i);
            ChartData data = run.data();
            Curves c = slots.get(i);
            double[] x = xi.get(i);
            Curve l0 = LogScale.log10(ColumnDecimator.thin(x, initial.get(i), columns), floor);
            highest = Math.max(highest, LogScale.max(l0.y()));
            if (firstOfItsKind(xi, initial, i)) {
                c.initial.show(l0);
            } else {
                c.initial.clear();
            }
            c.initial.restyle(INITIAL, run.label());
            c.network.restyle(run.style().networkLine(), run.label());
            c.pde.restyle(run.style().pdeLine(), run.label());
            c.network.show(line(data, data.networkAbs(), x, floor, columns));
            if (data.hasPde()) {
                c.pde.show(line(data, data.pdeAbs(), x, floor, columns));
            } else {
                c.pde.clear();
            }
            for (KernelFlowKind kind : KernelFlowKind.values()) {
                double[] abs = data.flowAbs(kind);
                c.flows.draw(kind, abs == null ? null : line(data, abs, x, floor, columns), run);
                flowShown[kind.ordinal()] |= abs != null;
            }
        }
        slots.from(view.runs().size()).forEach(Curves::clear);
        markPeaks(view);
        LogScale.fit(yAxis, Math.log10(floor), highest);
        setYLabel(LogScale.label(quantity, floor));
        legend(view, key(view, flowShown));
    }

    /** True unless an earlier run has the same curve at t = 0 on the same frequencies. */
    private static boolean firstOfItsKind(List<double[]> xi, List<double[]> initial, int i) {
        for (int j = 0; j < i; j++) {
            if (Arrays.equals(xi.get(j), xi.get(i)) && Arrays.equals(initial.get(j), initial.get(i))) {
                return false;
            }
        }
        return true;
    }

    private List<LegendItem> key(ChartView view, boolean[] flowShown) {
        RunStyle key = view.key();
        List<LegendItem> items = new ArrayList<>();
        items.add(LegendItem.of("at t = 0", INITIAL));
        items.add(LegendItem.of(networkText, key.networkLine()));
        items.add(LegendItem.pde(pdeDetail, view.pdeIsExact(), key.pdeLine()));
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            if (flowShown[kind.ordinal()]) {
                items.add(LegendItem.of(kind.label(), key.flowLine(kind)));
            }
        }
        return items;
    }

    /** The curve of {@code abs} at {@code xi}, thinned to {@code columns}, on the log scale above {@code floor}. */
    private Curve line(ChartData data, double[] abs, double[] xi, double floor, PixelColumns columns) {
        return LogScale.log10(ColumnDecimator.thin(xi, curve(data, abs, xi.length), columns), floor);
    }
}
