package org.freqbias.app.chart;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;


/**
 * Chart 3: the spectrogram |r^(xi, t)| over (xi, t), network and PDE side by side on one shared
 * log colour scale, with a time cursor across both at the time shown. The network fills upward as
 * training proceeds; the PDE shows the whole run. Of compared runs it shows the leading one, named
 * in the network image's title.
 */
public final class SpectrogramChart extends ChartFrame {

    /** Image rows over [0, total time]. */
    private static final int ROWS = 160;

    private final HeatMap network = new HeatMap("network", "frequency ξ", "time t");
    private final HeatMap pde = new HeatMap("PDE", "frequency ξ", "time t");
    private final ColourBar bar = new ColourBar(ColourMap.VIRIDIS, "|r̂|");

    public SpectrogramChart() {
        super("Spectrogram |r̂(ξ, t)|", "spectrogram");
        HBox row = new HBox(network, pde, bar);
        row.getStyleClass().add("spectrogram-row");
        HBox.setHgrow(network, Priority.ALWAYS);
        HBox.setHgrow(pde, Priority.ALWAYS);
        row.setMinSize(0, 0);
        row.setPrefSize(400, 240);
        setPlot(row);
    }

    @Override
    protected void draw(ChartView view) {
        ChartData data = view.lead().data();
        double[] xi = data.magnitudes();
        int n = Band.count(xi, data.maxFrequency());
        double[] a0 = Band.head(data.facts().initialAbs(), n);
        double hi = Math.log10(LogScale.max(a0));
        double lo = hi - 4;
        double total = data.totalTime();
        var rows = data.rows();
        double[] times = data.keptTimes();
        double latest = times[times.length - 1];
        double[][] nn = new double[ROWS][];
        double[][] u = new double[ROWS][];
        for (int r = 0; r < ROWS; r++) {
            double t = total * (r + 0.5) / ROWS;
            nn[r] = t <= latest + 0.5 * total / ROWS ? logRow(rows.get(ChartData.nearestIndex(times, t)).abs(), n, lo) : blank(n);
            u[r] = data.hasPde() ? logRow(data.pde().absNearest(t), n, lo) : blank(n);
        }
        network.setTitle(view.compared() ? "network: " + view.lead().label() : "network");
        pde.setTitle(LegendBox.pdeText("", data.pdeIsExact()));
        network.draw(nn, ColourMap.VIRIDIS, lo, hi, 0, data.maxFrequency(), 0, total);
        pde.draw(u, ColourMap.VIRIDIS, lo, hi, 0, data.maxFrequency(), 0, total);
        bar.setLogRange("|r̂|", lo, hi, Math.pow(10, lo));
        network.setTimeCursor(view.time());
        pde.setTimeCursor(view.time());
        legend.set(java.util.List.of()); // one run drawn: the titles say which
    }

    private static double[] logRow(double[] abs, int n, double lo) {
        double[] out = LogScale.log10(Band.head(abs, n), Math.pow(10, lo));
        return out;
    }

    private static double[] blank(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }
}
