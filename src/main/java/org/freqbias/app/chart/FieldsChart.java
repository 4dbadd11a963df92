package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.freqbias.core.experiment.RunFacts;
import org.freqbias.core.grid.Domain;

/**
 * 2D chart: the target g, the network's fit f_t and the residual f_t - g over the plane at the time
 * shown, one row per run, all on one diverging colour scale symmetric about 0 (white), from -max|g|
 * to max|g| over the runs, with its colour bar. The residual fades as the network learns.
 */
public final class FieldsChart extends ChartFrame {

    /** One run's images. */
    private record Row(HeatMap target, HeatMap fit, HeatMap residual) {

        Row() {
            this(HeatMap.field("target g"), HeatMap.field("network f_t"), HeatMap.field("residual f_t − g"));
        }

        List<HeatMap> maps() {
            return List.of(target, fit, residual);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final ColourBar bar = new ColourBar(ColourMap.DIVERGING, "value");
    private final SquareImageGrid grid;
    /**
     * Per row, the run whose target is drawn (its {@link RunFacts}: a Setup or a RunRecord, both
     * immutable), that target g and its image rows, made once per run: while the run stays, the
     * heat map sees the same rows and colour-maps none of them again.
     */
    private final RunFacts[] targetRuns = new RunFacts[Palette.RUNS];
    private final double[][] targets = new double[Palette.RUNS][];
    private final double[][][] targetFields = new double[Palette.RUNS][][];

    public FieldsChart() {
        super("Target, fit and residual over the plane", "fields");
        for (int i = 0; i < Palette.RUNS; i++) {
            Row row = new Row();
            row.maps().forEach(m -> m.readoutTo(this));
            rows.add(row);
        }
        grid = new SquareImageGrid(rows.stream().map(Row::maps).toList(), bar);
        setPlot(grid);
    }

    /** Wide enough for the square images side by side. */
    @Override
    public double exportWidth() {
        return 1500;
    }

    @Override
    protected void draw(ChartView view) {
        double top = IntStream.range(0, view.runs().size())
                .mapToDouble(i -> PlaneImages.maxAbs(target(i, view.runs().get(i).data()))).max().orElse(1);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean drawn = i < view.runs().size();
            row.maps().forEach(m -> m.setVisible(drawn));
            if (drawn) {
                RunView run = view.runs().get(i);
                draw(i, run.data(), top);
                grid.name(i, run.label(), run.style().network());
            }
        }
        bar.setLinearRange(-top, top);
        grid.requestLayout();
        legend.set(List.of()); // the titles and the rows' names say what is drawn
    }

    /**
     * Per run drawn, the target, the fit and the residual at each grid point (x1, x2) = (-L + i1 dx,
     * -L + i2 dx), at the time shown (no fit kept at that time: the target alone).
     */
    @Override
    public Optional<String> dataCsv() {
        List<String> axes = rows.get(0).target().axisTitles();
        return HeatMapCsv.of(drawnView(), axes.get(0), axes.get(1), this::layers);
    }

    private List<HeatMapCsv.Layer> layers(ChartView view) {
        List<HeatMapCsv.Layer> layers = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), view.runs().size()); i++) {
            RunView run = view.runs().get(i);
            Row row = rows.get(i);
            double[] axis = run.data().domain().axis();
            int n = axis.length;
            double[] g = run.data().facts().target();
            double[] f = run.data().fit();
            layers.add(layer(view, run, row.target(), axis, (i1, i2) -> g[i1 * n + i2]));
            if (f != null) {
                layers.add(layer(view, run, row.fit(), axis, (i1, i2) -> f[i1 * n + i2]));
                layers.add(layer(view, run, row.residual(), axis, (i1, i2) -> f[i1 * n + i2] - g[i1 * n + i2]));
            }
        }
        return layers;
    }

    private static HeatMapCsv.Layer layer(ChartView view, RunView run, HeatMap map, double[] axis, HeatMapCsv.Cells cells) {
        return new HeatMapCsv.Layer(HeatMapCsv.named(view, run, map.titleLabel().getText()), axis, axis, cells);
    }

    private void draw(int i, ChartData data, double top) {
        Row row = rows.get(i);
        int n = data.domain().samples();
        double[] g = target(i, data);
        double[] f = data.fit();
        Domain d = data.domain();
        double lo = -d.halfWidth();
        double hi = d.halfWidth();
        row.target().draw(targetFields[i], ColourMap.DIVERGING, -top, top, lo, hi, lo, hi);
        if (f == null) {
            // No fit kept at this time: show none rather than another time's.
            row.fit().setVisible(false);
            row.residual().setVisible(false);
            return;
        }
        double[] r = new double[f.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = f[j] - g[j];
        }
        row.fit().draw(PlaneImages.field(f, n), ColourMap.DIVERGING, -top, top, lo, hi, lo, hi);
        row.residual().draw(PlaneImages.field(r, n), ColourMap.DIVERGING, -top, top, lo, hi, lo, hi);
    }

    /** The target g of row {@code i}'s run {@code data}, read (and its image rows made) only when the run changed. */
    private double[] target(int i, ChartData data) {
        if (data.facts() != targetRuns[i]) {
            targetRuns[i] = data.facts();
            targets[i] = data.facts().target();
            targetFields[i] = PlaneImages.field(targets[i], data.domain().samples());
        }
        return targets[i];
    }

    /** Row {@code i}'s target heat map, for tests. */
    HeatMap targetMap(int i) {
        return rows.get(i).target();
    }

    /** Row {@code i}'s fit heat map, for tests. */
    HeatMap fitMap(int i) {
        return rows.get(i).fit();
    }
}
