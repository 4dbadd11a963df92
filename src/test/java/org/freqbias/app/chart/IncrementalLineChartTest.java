package org.freqbias.app.chart;

import static org.freqbias.app.chart.RunFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The incremental chart draws the paths JavaFX's own LineChart draws for the same data. */
class IncrementalLineChartTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static LineChart<Number, Number> chart(boolean incremental) {
        NumberAxis x = new NumberAxis(0, 10, 1);
        NumberAxis y = new NumberAxis(-2, 2, 1);
        LineChart<Number, Number> c = incremental ? new IncrementalLineChart(x, y) : new LineChart<>(x, y);
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setPrefSize(500, 300);
        return c;
    }

    /** The path of each series as (x, y) pairs, MoveTo first. */
    private static List<List<Double>> paths(LineChart<Number, Number> chart) {
        List<List<Double>> out = new ArrayList<>();
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            List<Double> p = new ArrayList<>();
            for (PathElement e : ((Path) s.getNode()).getElements()) {
                p.add(e instanceof MoveTo m ? m.getX() : ((LineTo) e).getX());
                p.add(e instanceof MoveTo m ? m.getY() : ((LineTo) e).getY());
            }
            out.add(p);
        }
        return out;
    }

    /** Sorted points, points in random order, points beyond the x range on both sides, NaN: as given to both charts. */
    private static List<List<double[]>> curves(long seed, int n) {
        Random random = new Random(seed);
        List<double[]> sorted = new ArrayList<>();
        List<double[]> shuffled = new ArrayList<>();
        List<double[]> wide = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sorted.add(new double[] {10.0 * i / n, Math.sin(i * 0.1 + seed)});
            shuffled.add(new double[] {10 * random.nextDouble(), random.nextGaussian()});
            wide.add(new double[] {-5 + 20.0 * i / n, i % 17 == 0 ? Double.NaN : Math.cos(i * 0.05)});
        }
        return List.of(sorted, shuffled, wide);
    }

    private static void fill(LineChart<Number, Number> chart, List<List<double[]>> curves) {
        while (chart.getData().size() < curves.size()) {
            chart.getData().add(new XYChart.Series<>());
        }
        for (int k = 0; k < curves.size(); k++) {
            List<XYChart.Data<Number, Number>> data = chart.getData().get(k).getData();
            List<double[]> c = curves.get(k);
            for (int i = 0; i < c.size(); i++) {
                if (i < data.size()) { // in place, as PlotSeries does
                    data.get(i).setXValue(c.get(i)[0]);
                    data.get(i).setYValue(c.get(i)[1]);
                } else {
                    data.add(new XYChart.Data<>(c.get(i)[0], c.get(i)[1]));
                }
            }
            if (data.size() > c.size()) {
                data.subList(c.size(), data.size()).clear();
            }
        }
    }

    @Test
    void pathsAreThoseOfLineChartAfterEveryChange() throws Exception {
        LineChart<Number, Number> plain = fx(() -> chart(false));
        LineChart<Number, Number> incremental = fx(() -> chart(true));
        fx(() -> new Scene(new HBox(plain, incremental), 1000, 300));
        for (int round = 0; round < 6; round++) {
            List<List<double[]>> curves = curves(round, round % 2 == 0 ? 200 : 150);
            List<List<List<Double>>> drawn = fx(() -> {
                fill(plain, curves);
                fill(incremental, curves);
                plain.getParent().layout();
                return List.of(paths(plain), paths(incremental));
            });
            assertEquals(drawn.get(0), drawn.get(1), "round " + round);
            assertEquals(3, drawn.get(1).size());
        }
        // An emptied series leaves no path behind (LineChart kept drawing its last one).
        List<Double> emptied = fx(() -> {
            incremental.getData().get(0).getData().clear();
            incremental.getParent().layout();
            return paths(incremental).get(0);
        });
        assertEquals(List.of(), emptied);
    }
}
