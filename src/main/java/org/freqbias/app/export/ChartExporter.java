package org.freqbias.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.freqbias.app.chart.Board;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.model.Theme;
import org.freqbias.core.io.SafeFileName;

/**
 * Renders the charts of a run (six in 1D, five in 2D: the board of the run's dimension) into PNG
 * and SVG files with no window: each chart of a fresh chart board is put alone in a {@link Scene}
 * that is never shown, styled, laid out, then snapshotted ({@link PngWriter}) and walked
 * ({@link SvgWriter}): both files of a chart show the same laid-out nodes.
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
        return files(HeadlessFx.call(() -> render(data, dir, sessionName, formats)), dir, sessionName, formats);
    }

    /**
     * Renders and writes the charts as {@link #writeAll} does, on the FX thread, and returns the
     * rendered charts, which hold exactly what was drawn into the files (tests read them).
     */
    public static List<ChartFrame> render(ChartData data, Path dir, String sessionName, ChartFormats formats) throws IOException {
        Files.createDirectories(dir);
        String boardFxml = data.setup().domain().dimension() == 1 ? "/fxml/charts.fxml" : "/fxml/plane-charts.fxml";
        FXMLLoader loader = new FXMLLoader(ChartExporter.class.getResource(boardFxml));
        loader.load();
        Board charts = loader.getController();
        List<ChartFrame> rendered = new ArrayList<>();
        for (ChartFrame chart : charts.charts()) {
            // Each chart alone in a scene of exactly the export size, never shown.
            ((Pane) chart.getParent()).getChildren().remove(chart);
            chart.render(data); // first: the export size may depend on what is drawn (images side by side)
            Scene scene = new Scene(chart, chart.exportWidth(), CHART_HEIGHT);
            applyStyles(scene, Theme.LIGHT);
            chart.applyCss();
            chart.layout();
            // Curves are thinned to the plot's width, known only now: draw again at it (nothing if unchanged).
            chart.render(data);
            chart.layout();
            if (formats.png()) {
                PngWriter.write(chart, formats.pngScale(), dir.resolve(fileName(sessionName, chart)));
            }
            if (formats.svg()) {
                SvgWriter.write(chart, dir.resolve(svgFileName(sessionName, chart)));
            }
            rendered.add(chart);
        }
        return rendered;
    }

    private static List<Path> files(List<ChartFrame> charts, Path dir, String sessionName, ChartFormats formats) {
        List<Path> out = new ArrayList<>();
        for (ChartFrame c : charts) {
            if (formats.png()) {
                out.add(dir.resolve(fileName(sessionName, c)));
            }
            if (formats.svg()) {
                out.add(dir.resolve(svgFileName(sessionName, c)));
            }
        }
        return out;
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

    /** The base stylesheet plus the theme's, as the window uses them. */
    public static void applyStyles(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(
                ChartExporter.class.getResource("/styles/app.css").toExternalForm(), theme.stylesheet());
    }
}
