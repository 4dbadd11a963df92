package org.freqbias.app.chart;

import java.util.List;
import org.freqbias.core.experiment.History;

/**
 * Chart 3: the spectrogram |r^(xi, t)| over (xi, t), network and PDE side by side on one shared
 * log colour scale. The network fills upward as training proceeds; the PDE shows the whole run.
 * Light dashed rules mark the target's peak frequencies.
 */
public final class SpectrogramChart extends ChartFrame {

    /** Image rows over [0, total time]. */
    private static final int ROWS = 160;

    private final HeatMap network = HeatMap.spectrogram("network");
    private final HeatMap pde = HeatMap.spectrogram("PDE");
    private final ColourBar bar = new ColourBar(ColourMap.VIRIDIS, null); // the title names |ȓ|

    public SpectrogramChart() {
        super("Spectrogram |ȓ(ξ, t)|", "spectrogram");
        // The two maps share the width equally and the y axis; the colour bar keeps its own width.
        ImageRow row = ImageRow.filling(List.of(network, pde), bar);
        row.getStyleClass().add("spectrogram-row");
        network.readoutTo(this);
        pde.readoutTo(this);
        row.setPrefSize(400, 240);
        setPlot(row);
    }

    @Override
    protected void draw(ChartData data) {
        double[] xi = data.magnitudes();
        int n = Band.count(xi, data.maxFrequency());
        double[] a0 = Band.head(data.setup().initialResidual().abs(), n);
        double hi = Math.log10(LogScale.max(a0));
        double lo = hi - 4;
        double total = data.totalTime();
        var rows = data.rows();
        double[] times = rows.stream().mapToDouble(History.Row::time).toArray();
        double latest = times[times.length - 1];
        double[][] nn = new double[ROWS][];
        double[][] u = new double[ROWS][];
        for (int r = 0; r < ROWS; r++) {
            double t = total * (r + 0.5) / ROWS;
            nn[r] = t <= latest + 0.5 * total / ROWS ? logRow(rows.get(nearest(times, t)).abs(), n, lo) : blank(n);
            u[r] = data.hasPde() ? logRow(data.pde().absNearest(t), n, lo) : blank(n);
        }
        // A narrow map, whose title's longest word sets its least width: "layers" is narrower than
        // "network" ("2-layer" is not; the legends say "PDE (2-layer reference)"), so a deep
        // session's maps fit half of a 1280 px projector image.
        pde.setTitle(data.setup().pdeIsExact() ? "PDE" : "PDE, 2 layers");
        network.draw(nn, ColourMap.VIRIDIS, lo, hi, 0, data.maxFrequency(), 0, total);
        pde.draw(u, ColourMap.VIRIDIS, lo, hi, 0, data.maxFrequency(), 0, total);
        network.markColumns(data.peakMagnitudes());
        pde.markColumns(data.peakMagnitudes());
        bar.setLogRange(lo, hi);
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

    private static int nearest(double[] times, double t) {
        int best = 0;
        for (int i = 1; i < times.length; i++) {
            if (Math.abs(times[i] - t) < Math.abs(times[best] - t)) {
                best = i;
            }
        }
        return best;
    }
}
