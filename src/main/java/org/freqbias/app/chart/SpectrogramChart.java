package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.freqbias.core.experiment.History;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Chart 3: the spectrogram |r^(xi, t)| over (xi, t), network and PDE side by side on one shared
 * log colour scale, with a time cursor across both at the time shown. The network fills upward as
 * training proceeds; the PDE shows the whole run. Of compared runs it shows the leading one, named
 * in the network image's title. Light dashed rules mark the target's peak frequencies.
 * Image rows are kept between frames: a network row is computed again only when another kept
 * snapshot becomes the nearest to its time (found by binary search), the PDE's rows only for a
 * new PDE solution, so the work per frame does not grow with the snapshots kept.
 */
public final class SpectrogramChart extends ChartFrame {

    /** Image rows over [0, total time]. */
    private static final int ROWS = 160;

    private final HeatMap network = HeatMap.spectrogram("network");
    private final HeatMap pde = HeatMap.spectrogram("PDE");
    private final ColourBar bar = new ColourBar(ColourMap.VIRIDIS, null); // the title names |ȓ|

    /** What the rows drawn depend on besides their sources: band, colour scale and time axis. */
    private record Scale(int band, double lo, double total) {
    }

    // The rows drawn, valid for one scale: per image row, the history row it shows (null: blank)
    // and the PDE solution they come from (null: none yet).
    private Scale rowsScale;
    private final double[][] networkRows = new double[ROWS][];
    private final History.Row[] networkSources = new History.Row[ROWS];
    private final double[][] pdeRows = new double[ROWS][];
    private SpectrumTrajectory pdeSource;
    private double[] blank;

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
    protected void draw(ChartView view) {
        ChartData data = view.lead().data();
        double[] xi = data.magnitudes();
        int n = Band.count(xi, data.maxFrequency());
        double[] a0 = Band.head(data.facts().initialAbs(), n);
        double hi = Math.log10(LogScale.max(a0));
        double lo = hi - 4;
        double total = data.totalTime();
        Scale scale = new Scale(n, lo, total);
        if (!scale.equals(rowsScale)) {
            rowsScale = scale;
            blank = new double[n];
            Arrays.fill(blank, Double.NaN);
            Arrays.fill(networkSources, null);
            Arrays.fill(networkRows, blank);
            pdeSource = null;
            Arrays.fill(pdeRows, blank);
        }
        List<History.Row> rows = data.rows();
        double latest = data.newest().time();
        for (int r = 0; r < ROWS; r++) {
            double t = time(r, total);
            History.Row source = t <= latest + 0.5 * total / ROWS ? rows.get(data.nearestRow(t)) : null;
            if (source != networkSources[r]) {
                networkSources[r] = source;
                networkRows[r] = source == null ? blank : logRow(source.abs(), n, lo);
            }
        }
        if (data.pde() != pdeSource) {
            pdeSource = data.pde();
            for (int r = 0; r < ROWS; r++) {
                pdeRows[r] = pdeSource == null ? blank : logRow(pdeSource.absNearest(time(r, total)), n, lo);
            }
        }
        network.setTitle(view.compared() ? "network: " + view.lead().label() : "network");
        // A narrow map, whose title's longest word sets its least width: "layers" is narrower than
        // "network" ("2-layer" is not; the legends say "PDE (2-layer reference)"), so a deep
        // session's maps fit half of a 1280 px projector image.
        pde.setTitle(data.pdeIsExact() ? "PDE" : "PDE, 2 layers");
        network.draw(networkRows, ColourMap.VIRIDIS, lo, hi, 0, data.maxFrequency(), 0, total);
        pde.draw(pdeRows, ColourMap.VIRIDIS, lo, hi, 0, data.maxFrequency(), 0, total);
        network.markColumns(data.peakMagnitudes());
        pde.markColumns(data.peakMagnitudes());
        bar.setLogRange(lo, hi);
        network.setTimeCursor(view.time());
        pde.setTimeCursor(view.time());
        legend.set(List.of()); // one run drawn: the titles say which
    }

    /**
     * The leading run's |ȓ| at each frequency xi_j of the band drawn (the grid's, j dxi) and each
     * kept snapshot the network map shows (at its time), then the PDE's |u| at each of its times the
     * map shows.
     */
    @Override
    public Optional<String> dataCsv() {
        List<String> axes = network.axisTitles();
        return HeatMapCsv.of(drawnView(), axes.get(1), axes.get(0), this::layers);
    }

    /** The network's rows and the PDE's, as drawn last (a view was drawn: the rows are set). */
    private List<HeatMapCsv.Layer> layers(ChartView view) {
        RunView lead = view.lead();
        double[] xi = Band.head(lead.data().magnitudes(), rowsScale.band());
        List<HeatMapCsv.Layer> layers = new ArrayList<>();
        List<History.Row> shown = Arrays.stream(networkSources).filter(Objects::nonNull).distinct().toList();
        if (!shown.isEmpty()) {
            layers.add(new HeatMapCsv.Layer(HeatMapCsv.named(view, lead, "network |ȓ(ξ, t)|"),
                    shown.stream().mapToDouble(History.Row::time).toArray(), xi, (i, j) -> shown.get(i).abs()[j]));
        }
        if (pdeSource != null) {
            int[] times = IntStream.range(0, ROWS).map(r -> pdeSource.indexNearest(time(r, rowsScale.total()))).distinct().toArray();
            SpectrumTrajectory pdeShown = pdeSource;
            layers.add(new HeatMapCsv.Layer(HeatMapCsv.named(view, lead, "PDE |u(ξ, t)|"),
                    Arrays.stream(times).mapToDouble(i -> pdeShown.times()[i]).toArray(), xi,
                    (i, j) -> pdeShown.abs()[times[i]][j]));
        }
        return layers;
    }

    /** The time at the middle of image row r. */
    private static double time(int r, double total) {
        return total * (r + 0.5) / ROWS;
    }

    private static double[] logRow(double[] abs, int n, double lo) {
        return LogScale.log10(Band.head(abs, n), Math.pow(10, lo));
    }
}
