package org.freqbias.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.freqbias.app.chart.ChartBoard;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.model.Theme;

/**
 * Renders the six charts into PNG files with no window: each chart of a fresh chart board is put
 * alone in a {@link Scene} that is never shown, styled, laid out, and snapshotted.
 */
public final class ChartExporter {

    /** Size on screen of each exported chart, before scaling. */
    public static final double CHART_WIDTH = 900;
    public static final double CHART_HEIGHT = 560;

    private ChartExporter() {
    }

    /**
     * Writes {@code <sessionName>-<chart>.png} for each chart into {@code dir} (created if
     * missing), each CHART_WIDTH x CHART_HEIGHT times {@code scale} pixels: a fresh chart board
     * is rendered in scenes that are never shown, so sizes do not depend on any window. May be
     * called from any thread; off the FX thread it starts the toolkit headless if needed (the
     * command line) and waits for the export.
     *
     * @return the files written, in chart order
     */
    public static List<Path> writeAll(ChartData data, Path dir, String sessionName, double scale)
            throws IOException, InterruptedException {
        List<ChartFrame> charts = HeadlessFx.call(() -> render(data, dir, sessionName, scale));
        return charts.stream().map(c -> dir.resolve(fileName(sessionName, c))).toList();
    }

    /**
     * Renders and writes the six charts as {@link #writeAll} does, on the FX thread, and returns
     * the rendered charts, which hold exactly what was drawn into the files (tests read them).
     */
    public static List<ChartFrame> render(ChartData data, Path dir, String sessionName, double scale) throws IOException {
        Files.createDirectories(dir);
        FXMLLoader loader = new FXMLLoader(ChartExporter.class.getResource("/fxml/charts.fxml"));
        loader.load();
        ChartBoard charts = loader.getController();
        List<ChartFrame> rendered = new ArrayList<>();
        for (ChartFrame chart : charts.charts()) {
            // Each chart alone in a scene of exactly the export size, never shown.
            ((Pane) chart.getParent()).getChildren().remove(chart);
            Scene scene = new Scene(chart, CHART_WIDTH, CHART_HEIGHT);
            applyStyles(scene, Theme.LIGHT);
            chart.render(data);
            chart.applyCss();
            chart.layout();
            PngWriter.write(chart, scale, dir.resolve(fileName(sessionName, chart)));
            rendered.add(chart);
        }
        return rendered;
    }

    /** "{@code <session>-<chart>.png}". */
    public static String fileName(String sessionName, ChartFrame chart) {
        return sessionName + "-" + chart.fileName() + ".png";
    }

    /** The base stylesheet plus the theme's, as the window uses them. */
    public static void applyStyles(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(
                ChartExporter.class.getResource("/styles/app.css").toExternalForm(), theme.stylesheet());
    }
}
