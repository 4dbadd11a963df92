package org.freqbias.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.freqbias.app.chart.Board;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.PlaneChartData;
import org.freqbias.app.chart.RunSeries;
import org.freqbias.app.model.Theme;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneSnapshot;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.pde2d.PdeTrajectory2D;

/**
 * Renders the charts of a run (six in 1D, five in 2D) into PNG files with no window: each chart
 * of a fresh chart board is put alone in a {@link Scene} that is never shown, styled, laid out,
 * and snapshotted.
 */
public final class ChartExporter {

    /** Size on screen of each exported line chart, before scaling ({@link ChartFrame#exportWidth()}). */
    public static final double CHART_WIDTH = ChartFrame.EXPORT_WIDTH;
    public static final double CHART_HEIGHT = ChartFrame.EXPORT_HEIGHT;

    private ChartExporter() {
    }

    /**
     * Writes {@code <sessionName>-<chart>.png} for each chart into {@code dir} (created if
     * missing), each the chart's export size times {@code scale} pixels. Starts the toolkit
     * headless if needed; may be called from any thread. {@code pde} may be null.
     *
     * @return the files written, in chart order
     */
    public static List<Path> writeAll(Setup setup, History history, Snapshot latest, PdeTrajectory pde,
            Path dir, String sessionName, double scale) throws IOException, InterruptedException {
        ChartData data = ChartData.of(setup, history, latest, pde);
        return onFx(() -> writeAll(data, dir, sessionName, scale));
    }

    /**
     * The 2D counterpart: the five 2D charts of a finished run, {@code history} holding the rows of
     * {@link PlaneChartData#peakRow}. {@code pde} may be null.
     */
    public static List<Path> writeAll(PlaneSetup setup, History history, PlaneSnapshot latest, PdeTrajectory2D pde,
            Path dir, String sessionName, double scale) throws IOException, InterruptedException {
        PlaneChartData data = new PlaneChartData(setup, latest, history, pde);
        return onFx(() -> writeAll(data, dir, sessionName, scale));
    }

    /** Runs {@code export} on the FX thread (started headless if needed) and waits for it. */
    private static List<Path> onFx(Callable<List<Path>> export) throws IOException, InterruptedException {
        HeadlessFx.start();
        if (Platform.isFxApplicationThread()) {
            try {
                return export.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(export.call());
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
        return render("/fxml/charts.fxml", data, dir, sessionName, scale);
    }

    /** As {@link #writeAll(ChartData, Path, String, double)} for a 2D run's data. */
    public static List<Path> writeAll(PlaneChartData data, Path dir, String sessionName, double scale) throws IOException {
        return render("/fxml/plane-charts.fxml", data, dir, sessionName, scale);
    }

    private static <D extends RunSeries> List<Path> render(String boardFxml, D data, Path dir, String sessionName,
            double scale) throws IOException {
        Files.createDirectories(dir);
        FXMLLoader loader = new FXMLLoader(ChartExporter.class.getResource(boardFxml));
        loader.load();
        Board<D> charts = loader.getController();
        List<Path> files = new ArrayList<>();
        for (ChartFrame<? super D> chart : charts.charts()) {
            // Each chart alone in a scene of exactly the export size, never shown.
            ((Pane) chart.getParent()).getChildren().remove(chart);
            Scene scene = new Scene(chart, chart.exportWidth(), chart.exportHeight());
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
    public static String fileName(String sessionName, ChartFrame<?> chart) {
        return sessionName + "-" + chart.fileName() + ".png";
    }

    /** The base stylesheet plus the theme's, as the window uses them. */
    public static void applyStyles(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(
                ChartExporter.class.getResource("/styles/app.css").toExternalForm(), theme.stylesheet());
    }
}
