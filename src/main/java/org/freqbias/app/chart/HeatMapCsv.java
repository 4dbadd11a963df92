package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The data behind a chart's heat maps as CSV (Copy as CSV): one row per cell, its two coordinates
 * at the point the value was sampled at (the frequency, position or snapshot time it belongs to,
 * not where the cell is drawn: a cell spans the axis range evenly, which for a sample grid such as
 * x_i = -L + i dx puts the drawn cell half a cell off its point), then one column per map. The
 * values are the quantities themselves (|ȓ|, not its log; not clamped to the colour scale's floor);
 * an empty cell is no value. Maps sampled at the same points share one block; maps at other points
 * (another run's grid, the PDE's times) follow in blocks of their own, each after an empty line
 * and with its own header.
 */
final class HeatMapCsv {

    /** The value at outer point {@code i} and inner point {@code j}; NaN for none. */
    @FunctionalInterface
    interface Cells {
        double at(int i, int j);
    }

    /**
     * One map's data.
     *
     * @param name  the column's name (the map's title; after the run's label when runs are compared)
     * @param outer the first coordinate of each point (rows of the CSV change it slowest)
     * @param inner the second coordinate
     */
    record Layer(String name, double[] outer, double[] inner, Cells cells) {
    }

    private HeatMapCsv() {
    }

    /**
     * The CSV of the layers {@code layers} finds in {@code view} (the view a chart drew last), with
     * coordinates named {@code outerName} and {@code innerName}; empty before the chart drew.
     */
    static Optional<String> of(ChartView view, String outerName, String innerName, Function<ChartView, List<Layer>> layers) {
        return view == null ? Optional.empty() : Optional.of(csv(outerName, innerName, layers.apply(view)));
    }

    /** The CSV of {@code layers}, with coordinates named {@code outerName} and {@code innerName}. */
    static String csv(String outerName, String innerName, List<Layer> layers) {
        List<List<Layer>> blocks = new ArrayList<>();
        for (Layer layer : layers) {
            blocks.stream().filter(b -> samePoints(b.get(0), layer)).findFirst()
                    .ifPresentOrElse(b -> b.add(layer), () -> blocks.add(new ArrayList<>(List.of(layer))));
        }
        StringBuilder csv = new StringBuilder();
        for (List<Layer> block : blocks) {
            if (csv.length() > 0) {
                csv.append('\n');
            }
            csv.append(Stream.concat(Stream.of(outerName, innerName), block.stream().map(Layer::name))
                    .map(XyChartFrame::quoted).collect(Collectors.joining(","))).append('\n');
            Layer first = block.get(0);
            for (int i = 0; i < first.outer().length; i++) {
                for (int j = 0; j < first.inner().length; j++) {
                    row(csv, first.outer()[i], first.inner()[j], block, i, j);
                }
            }
        }
        return csv.toString();
    }

    /** The row of point (i, j), unless no map has a value there. */
    private static void row(StringBuilder csv, double a, double b, List<Layer> block, int i, int j) {
        double[] values = block.stream().mapToDouble(l -> l.cells().at(i, j)).toArray();
        if (Arrays.stream(values).allMatch(Double::isNaN)) {
            return;
        }
        csv.append(a).append(',').append(b);
        for (double v : values) {
            csv.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
        }
        csv.append('\n');
    }

    private static boolean samePoints(Layer a, Layer b) {
        return Arrays.equals(a.outer(), b.outer()) && Arrays.equals(a.inner(), b.inner());
    }

    /** {@code name} after the run's label when runs are compared, as the legends of curves name them. */
    static String named(ChartView view, RunView run, String name) {
        return view.compared() ? run.label() + ": " + name : name;
    }
}
