package org.freqbias.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javax.imageio.ImageIO;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.RasterDifference;
import org.freqbias.app.export.Rsvg;
import org.freqbias.core.sweep.SmallMultiples;
import org.freqbias.core.sweep.SweepAxis;
import org.freqbias.core.sweep.SweepGrid;
import org.freqbias.core.sweep.SweepRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small multiples of a made-up 2 x 2 x 2 sweep: what each panel draws against the rows' own
 * means and extremes, and the SVG export rendered by librsvg against the PNG export.
 */
class SmallMultiplesChartTest {

    @TempDir
    Path dir;

    /** Rows of sigma x width x 2 seeds at peaks 2 and 6, times made up so that every panel differs. */
    private static List<SweepRow> rows() {
        List<SweepRow> rows = new ArrayList<>();
        for (String sigma : List.of("2", "4")) {
            for (String width : List.of("32", "64")) {
                for (int seed = 0; seed < 2; seed++) {
                    double s = Double.parseDouble(sigma);
                    double w = Double.parseDouble(width) / 32;
                    rows.add(new SweepRow(List.of(sigma, width), seed, new double[] {2}, 0.3 * w + 0.1 * seed, true,
                            0.35 * w, true, 1 / s, 0.05, 1e-3, false));
                    rows.add(new SweepRow(List.of(sigma, width), seed, new double[] {6}, 2.0 * s + seed, seed == 0,
                            1.5 * s, true, 5 / s, 0.05, 1e-3, false));
                }
            }
        }
        return rows;
    }

    @Test
    void eachPanelDrawsTheMeansSpreadsAndPdeOfItsRunsAndTheSvgMatchesThePng() throws Exception {
        SweepGrid grid = new SweepGrid(List.of(SweepAxis.parse("distribution.sigma=2,4"), SweepAxis.parse("network.width=32,64")),
                SweepGrid.parseSeeds("0-1"));
        List<SweepRow> rows = rows();
        SmallMultiples figure = SmallMultiples.of(grid, rows);
        AtomicReference<SmallMultiplesChart> drawn = new AtomicReference<>();
        double width = SmallMultiplesChart.exportWidth(figure.panels().size());
        List<Path> files = ChartExporter.writeFigure(() -> {
            SmallMultiplesChart chart = new SmallMultiplesChart();
            chart.show(figure);
            drawn.set(chart);
            return chart;
        }, width, dir, "figure", 1);

        List<LineChart<Number, Number>> panels = drawn.get().panels();
        assertEquals(4, panels.size(), "one panel per sigma x width, the seeds pooled");
        for (int p = 0; p < 4; p++) {
            // Independently: the panel's rows straight from the list.
            int panel = p;
            List<SweepRow> mine = rows.stream().filter(r -> r.values().equals(rows.get(4 * panel).values())).toList();
            LineChart<Number, Number> chart = panels.get(p);
            List<XYChart.Series<Number, Number>> series = chart.getData();
            XYChart.Series<Number, Number> network = series.get(3);
            assertEquals(2, network.getData().size());
            for (int k = 0; k < 2; k++) {
                double xi = k == 0 ? 2 : 6;
                double[] times = mine.stream().filter(r -> r.peak()[0] == xi).mapToDouble(SweepRow::networkTime).toArray();
                double mean = (times[0] + times[1]) / 2;
                assertEquals(xi, network.getData().get(k).getXValue().doubleValue(), 0.0);
                assertEquals(Math.log10(mean), network.getData().get(k).getYValue().doubleValue(), 1e-12);
                // The bar from the smallest to the largest time of the two seeds.
                XYChart.Series<Number, Number> bar = series.get(4 + k);     // damping, PDE, PDE marks, network, bars
                assertEquals(Math.log10(Math.min(times[0], times[1])), bar.getData().get(0).getYValue().doubleValue(), 1e-12);
                assertEquals(Math.log10(Math.max(times[0], times[1])), bar.getData().get(1).getYValue().doubleValue(), 1e-12);
                double pde = mine.stream().filter(r -> r.peak()[0] == xi).mapToDouble(SweepRow::pdeTime).average().orElseThrow();
                assertEquals(Math.log10(pde), series.get(1).getData().get(k).getYValue().doubleValue(), 1e-12);
            }
            assertTrue(chart.getTitle().startsWith("sigma = " + mine.get(0).values().get(0) + ", width = "), chart.getTitle());
        }

        BufferedImage png = ImageIO.read(files.get(0).toFile());
        BufferedImage svg = Rsvg.render(files.get(1), png.getWidth(), png.getHeight());
        RasterDifference d = RasterDifference.of(png, svg, 4, 32);
        // Measured: mean |diff| 0.50 levels, 0.35 % of 4 x 4 cells over 32 levels (glyph anti-aliasing and the
        // many small circles, which JavaFX and librsvg rasterize slightly differently).
        assertTrue(d.meanAbs() < 1.5 && d.fractionAbove() < 0.01, d.toString());
    }
}
