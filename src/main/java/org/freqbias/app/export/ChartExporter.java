package org.freqbias.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.freqbias.app.chart.ChartBoard;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.model.Theme;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.pde.PdeTrajectory;

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
     * missing), each CHART_WIDTH x CHART_HEIGHT times {@code scale} pixels. Starts the toolkit
     * headless if needed; may be called from any thread. {@code pde} may be null.
     *
     * @return the files written, in chart order
     */
    public static List<Path> writeAll(Setup setup, History history, Snapshot latest, PdeTrajectory pde,
            Path dir, String sessionName, double scale) throws IOException, InterruptedException {
        HeadlessFx.start();
        ChartData data = ChartData.of(setup, history, latest, pde);
        if (Platform.isFxApplicationThread()) {
            return writeAll(data, dir, sessionName, scale);
        }
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(writeAll(data, dir, sessionName, scale));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("chart export failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Same as above for data already gathered, on the FX thread (the window's "export all"):
     * renders a fresh chart board in a scene that is never shown, so sizes do not depend on the window.
     */
    public static List<Path> writeAll(ChartData data, Path dir, String sessionName, double scale) throws IOException {
        Files.createDirectories(dir);
        return render(data, dir, sessionName, scale);
    }

    private static List<Path> render(ChartData data, Path dir, String sessionName, double scale) throws IOException {
        FXMLLoader loader = new FXMLLoader(ChartExporter.class.getResource("/fxml/charts.fxml"));
        loader.load();
        ChartBoard charts = loader.getController();
        List<Path> files = new ArrayList<>();
        for (ChartFrame chart : charts.charts()) {
            // Each chart alone in a scene of exactly the export size, never shown.
            ((Pane) chart.getParent()).getChildren().remove(chart);
            Scene scene = new Scene(chart, CHART_WIDTH, CHART_HEIGHT);
            applyStyles(scene, Theme.LIGHT);
            chart.render(data);
            chart.applyCss();
            chart.layout();
            Path file = dir.resolve(fileName(sessionName, chart));
            PngWriter.write(chart, scale, file);
            files.add(file);
        }
        return files;
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
