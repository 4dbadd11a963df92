package org.freqbias.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.freqbias.app.chart.Board;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.ChartView;
import org.freqbias.app.model.Theme;
import org.freqbias.core.io.SafeFileName;

/**
 * Renders the charts of a {@link ChartView} (one run, or several compared; six charts in 1D, five in
 * 2D: the board of the runs' dimension) into PNG and SVG files with no window: each chart of a fresh
 * chart board is put alone in a {@link Scene} that is never shown, styled, laid out, then
 * snapshotted ({@link PngWriter}) and walked ({@link SvgWriter}): both files of a chart show the
 * same laid-out nodes.
 */
public final class ChartExporter {

    /** Size on screen of each exported line chart, before scaling ({@link ChartFrame#exportWidth()}). */
    public static final double CHART_WIDTH = ChartFrame.EXPORT_WIDTH;
    public static final double CHART_HEIGHT = ChartFrame.EXPORT_HEIGHT;

    private ChartExporter() {
    }

    /**
     * Writes {@code <sessionName>-<chart>.png} and/or {@code .svg} (as {@code formats} asks) for each
     * chart of the run into {@code dir} (created if missing), a PNG being the chart's export size
     * times its scale in pixels: a fresh chart board is rendered in scenes that are never shown, so
     * sizes do not depend on any window. May be called from any thread; off the FX thread it starts
     * the toolkit headless if needed (the command line) and waits for the export.
     *
     * @return the files written, in chart order (a chart's PNG before its SVG)
     */
    public static List<Path> writeAll(ChartData data, Path dir, String sessionName, ChartFormats formats)
            throws IOException, InterruptedException {
        return writeAll(ChartView.single(data), dir, sessionName, formats, chart -> true);
    }

    /**
     * Writes the files of each chart of {@code view} that {@code which} accepts (by its
     * {@link ChartFrame#fileName()}: "learning-time", "fprinciple", "spectrum", ...), as
     * {@link #writeAll(ChartData, Path, String, ChartFormats)} does: from any thread, headless-safe.
     *
     * @return the files written, in chart order (a chart's PNG before its SVG)
     */
    public static List<Path> writeAll(ChartView view, Path dir, String name, ChartFormats formats, Predicate<String> which)
            throws IOException, InterruptedException {
        return files(HeadlessFx.call(() -> render(view, dir, name, formats, which)), dir, name, formats);
    }

    /**
     * Renders and writes the charts as {@link #writeAll} does, on the FX thread, and returns the
     * rendered charts, which hold exactly what was drawn into the files (tests read them).
     */
    public static List<ChartFrame> render(ChartData data, Path dir, String sessionName, ChartFormats formats) throws IOException {
        return render(ChartView.single(data), dir, sessionName, formats, chart -> true);
    }

    /** Renders and writes the charts of {@code view} that {@code which} accepts, on the FX thread; returns them. */
    public static List<ChartFrame> render(ChartView view, Path dir, String name, ChartFormats formats, Predicate<String> which)
            throws IOException {
        Files.createDirectories(dir);
        List<ChartFrame> rendered = new ArrayList<>();
        for (ChartFrame chart : freshBoard(view).charts()) {
            if (!which.test(chart.fileName())) {
                continue;
            }
            renderAlone(chart, view);
            if (formats.png()) {
                PngWriter.write(chart, formats.pngScale(), file(dir, fileName(name, chart)));
            }
            if (formats.svg()) {
                SvgWriter.write(chart, file(dir, svgFileName(name, chart)));
            }
            rendered.add(chart);
        }
        return rendered;
    }

    /** Writes one rendered chart to a file (a PNG at some scale, or an SVG). */
    @FunctionalInterface
    public interface ChartFileWriter {
        void write(ChartFrame chart, Path file) throws IOException;
    }

    /**
     * Writes the one chart whose {@link ChartFrame#fileName()} is {@code chartName} to {@code file}
     * by {@code writer}, drawn exactly as {@link #writeAll} draws it (a fresh chart at its export
     * size, whatever its size on screen). FX thread.
     *
     * @throws IllegalArgumentException when the run's board has no such chart
     */
    public static void writeOne(ChartData data, String chartName, Path file, ChartFileWriter writer) throws IOException {
        writeOne(ChartView.single(data), chartName, file, writer);
    }

    /** As {@link #writeOne(ChartData, String, Path, ChartFileWriter)}, for the runs of {@code view}. */
    public static void writeOne(ChartView view, String chartName, Path file, ChartFileWriter writer) throws IOException {
        ChartFrame chart = freshBoard(view).charts().stream().filter(c -> c.fileName().equals(chartName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart named " + chartName + " for these runs"));
        renderAlone(chart, view);
        writer.write(chart, file);
    }

    /** A chart board of the runs' dimension, loaded from its FXML and never shown. */
    private static Board freshBoard(ChartView view) throws IOException {
        String boardFxml = view.dimension() == 1 ? "/fxml/charts.fxml" : "/fxml/plane-charts.fxml";
        FXMLLoader loader = new FXMLLoader(ChartExporter.class.getResource(boardFxml));
        loader.load();
        return loader.getController();
    }

    /** Draws {@code view} into {@code chart}, alone in a scene of exactly its export size that is never shown, styled and laid out. */
    private static void renderAlone(ChartFrame chart, ChartView view) {
        ((Pane) chart.getParent()).getChildren().remove(chart);
        chart.setScreenControlsShown(false); // the picture holds the chart, not its info button
        chart.render(view); // first: the export size may depend on what is drawn (images side by side)
        Scene scene = new Scene(chart, chart.exportWidth(), CHART_HEIGHT);
        applyStyles(scene, Theme.LIGHT);
        chart.applyCss();
        chart.layout();
        // Curves are thinned to the plot's width, known only now: draw again at it (nothing if unchanged).
        chart.render(view);
        chart.layout();
    }

    private static List<Path> files(List<ChartFrame> charts, Path dir, String sessionName, ChartFormats formats) throws IOException {
        List<Path> out = new ArrayList<>();
        for (ChartFrame c : charts) {
            if (formats.png()) {
                out.add(file(dir, fileName(sessionName, c)));
            }
            if (formats.svg()) {
                out.add(file(dir, svgFileName(sessionName, c)));
            }
        }
        return out;
    }

    /**
     * {@code name} in {@code dir}, checked to stay inside the folder ({@link SafeFileName#resolveInside}:
     * the real folder, whatever links lead to it).
     */
    private static Path file(Path dir, String name) throws IOException {
        return SafeFileName.resolveInside(dir, name);
    }

    /** "{@code <session>-<chart>.png}", the session's name made a safe file-name stem ({@link SafeFileName}). */
    public static String fileName(String sessionName, ChartFrame chart) {
        return stem(sessionName, chart) + ".png";
    }

    /** "{@code <session>-<chart>.svg}", named as the PNG. */
    public static String svgFileName(String sessionName, ChartFrame chart) {
        return stem(sessionName, chart) + ".svg";
    }

    private static String stem(String sessionName, ChartFrame chart) {
        return SafeFileName.stem(sessionName) + "-" + chart.fileName();
    }

    /**
     * Writes a figure that is not part of a run's board (a sweep's small multiples) as
     * {@code <stem>.png} at {@code scale} and {@code <stem>.svg} into {@code dir}: alone in a
     * scene {@code width} wide and as high as it asks for at that width, styled as the charts
     * are. {@code build} makes the figure on the FX thread. May be called from any thread, as
     * {@link #writeAll}.
     *
     * @return the files written, PNG then SVG
     */
    public static List<Path> writeFigure(Callable<Region> build, double width, Path dir, String stem, double scale)
            throws IOException, InterruptedException {
        return HeadlessFx.call(() -> {
            Files.createDirectories(dir);
            Region figure = build.call();
            // Measure the height the figure needs at this width with the styles applied, then lay it out at that size.
            Scene measure = new Scene(figure, width, 1);
            applyStyles(measure, Theme.LIGHT);
            figure.applyCss();
            double height = Math.ceil(figure.prefHeight(width));
            measure.setRoot(new Pane());
            Scene scene = new Scene(figure, width, height);
            applyStyles(scene, Theme.LIGHT);
            figure.applyCss();
            figure.layout();
            Path png = dir.resolve(stem + ".png");
            Path svg = dir.resolve(stem + ".svg");
            PngWriter.write(figure, scale, png);
            SvgWriter.write(figure, svg);
            return List.of(png, svg);
        });
    }

    /** The base stylesheet plus the theme's, as the window uses them. */
    public static void applyStyles(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(
                ChartExporter.class.getResource("/styles/app.css").toExternalForm(), theme.stylesheet());
    }
}
