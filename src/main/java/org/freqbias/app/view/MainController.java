package org.freqbias.app.view;

import java.io.File;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import java.util.List;
import javafx.scene.Node;
import java.util.EnumSet;
import java.util.Set;
import javafx.application.Platform;
import org.freqbias.app.BundleWriter;
import org.freqbias.app.WindowController;
import org.freqbias.core.io.SafeFileName;
import org.freqbias.core.session.Session;
import org.freqbias.app.chart.ChartActions;
import org.freqbias.app.chart.ChartBoard;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.PlaneChartBoard;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.app.export.SvgWriter;
import org.freqbias.app.export.PngWriter;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.kernel.KernelFlowKind;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Controller of /fxml/main.fxml: binds toolbar, status bar, message bar and charts to the
 * {@link ExperimentModel}, wires the keyboard shortcuts, and hands the model to the side panels.
 * The 1D or the 2D chart board is shown, after the session's dimension; the model's one chart
 * data goes to the board of its run's dimension (the pictures differ, the data do not).
 */
public final class MainController implements ChartActions, WindowController {

    @FXML private Button playButton;
    @FXML private Button bundleButton;
    @FXML private FontIcon playIcon;
    @FXML private Label sessionTitle;
    @FXML private HBox messageBar;
    @FXML private Label messageLabel;
    @FXML private Label stepStatus;
    @FXML private Label timeStatus;
    @FXML private Label rateStatus;
    @FXML private Label lossStatus;
    @FXML private Label agreementStatus;
    @FXML private ChartBoard chartsController;
    @FXML private PlaneChartBoard planeChartsController;
    @FXML private Node charts;
    @FXML private Node planeCharts;
    @FXML private SessionPanelController sessionPanelController;
    @FXML private TargetPanelController targetPanelController;
    @FXML private PlaneTargetPanelController planeTargetPanelController;
    @FXML private Node targetPane;
    @FXML private Node planeTargetPane;
    @FXML private DistributionPanelController distributionPanelController;
    @FXML private NetworkPanelController networkPanelController;
    @FXML private PdePanelController pdePanelController;

    private ExperimentModel model;
    private Stage stage;
    private SessionFileActions files;
    private File exportFolder;
    private BundleWriter bundles;

    /** Connects the view to {@code m}; {@code s} owns the dialogs; {@code b} writes bundles. FX thread. */
    @Override
    public void init(ExperimentModel m, Stage s, BundleWriter b) {
        this.model = m;
        this.stage = s;
        this.bundles = b;
        files = new SessionFileActions(m, () -> stage);
        sessionPanelController.init(m, files);
        targetPanelController.init(m);
        planeTargetPanelController.init(m);
        distributionPanelController.init(m);
        networkPanelController.init(m);
        pdePanelController.init(m);
        targetPanelController.connectSketch(chartsController.fitChart());
        distributionPanelController.connectWanted(chartsController.learningTimeChart());
        chartsController.setActions(this);
        planeChartsController.setActions(this);
        m.chartDataProperty().addListener((obs, old, data) -> {
            if (data != null) {
                (isPlane(data) ? planeChartsController : chartsController).show(data);
            }
        });
        m.sessionProperty().addListener((obs, old, now) -> showDimension(now.isPlane()));
        showDimension(m.getSession().isPlane());

        m.runningProperty().addListener((obs, was, on) -> playIcon.setIconLiteral(on ? "mdi2p-pause" : "mdi2p-play"));
        playButton.textProperty().bind(Bindings.when(m.runningProperty()).then("Pause").otherwise("Play"));
        sessionTitle.textProperty().bind(Bindings.createStringBinding(() -> m.getSession().name(), m.sessionProperty()));
        messageLabel.textProperty().bind(m.messageProperty());
        messageBar.visibleProperty().bind(m.messageProperty().isNotEmpty());
        messageBar.managedProperty().bind(messageBar.visibleProperty());
        m.messageIsErrorProperty().addListener((obs, was, error) -> markError(error));
        markError(m.messageIsErrorProperty().get());

        stepStatus.textProperty().bind(Bindings.format("step %d", m.stepProperty()));
        timeStatus.textProperty().bind(Bindings.format("t = %.3g", m.timeProperty()));
        rateStatus.textProperty().bind(Bindings.format("%.0f steps/s", m.stepsPerSecondProperty()));
        lossStatus.textProperty().bind(Bindings.format("loss %.4g", m.lossProperty()));
        agreementStatus.textProperty().bind(Bindings.createStringBinding(
                () -> Double.isNaN(m.agreementProperty().get()) ? "agreement –"
                        : String.format("network vs PDE %.1f %%", 100 * m.agreementProperty().get()),
                m.agreementProperty()));
    }

    /** Installs the shortcuts on {@code scene}: Space outside text fields, Ctrl+key for the rest. */
    @Override
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                model.togglePlay();
                e.consume();
            }
        });
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN), this::step);
        keys.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::reset);
        keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportAll);
        keys.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::open);
        keys.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        keys.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), this::nextTheme);
        keys.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                () -> model.toggleKernelFlow(KernelFlowKind.KERNEL_LIMIT));
        keys.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> model.toggleKernelFlow(KernelFlowKind.LINEARIZED));
    }

    /** The 1D chart board, for tests. */
    public ChartBoard charts() {
        return chartsController;
    }

    /** The 2D chart board, for tests. */
    public PlaneChartBoard planeCharts() {
        return planeChartsController;
    }

    private static boolean isPlane(ChartData data) {
        return data.setup().domain().dimension() == 2;
    }

    /** Shows the charts and the target panel of a 2D (true) or a 1D session. */
    private void showDimension(boolean plane) {
        for (Node n : List.of(planeCharts, planeTargetPane)) {
            n.setVisible(plane);
            n.setManaged(plane);
        }
        for (Node n : List.of(charts, targetPane)) {
            n.setVisible(!plane);
            n.setManaged(!plane);
        }
    }

    private void markError(boolean error) {
        messageBar.getStyleClass().remove("error");
        if (error) {
            messageBar.getStyleClass().add("error");
        }
    }

    @FXML
    private void togglePlay() {
        model.togglePlay();
    }

    @FXML
    private void step() {
        model.step();
    }

    @FXML
    private void reset() {
        model.reset();
    }

    @FXML
    private void open() {
        files.open();
    }

    @FXML
    private void save() {
        files.save();
    }

    @FXML
    private void nextTheme() {
        model.setTheme(model.themeProperty().get().next());
        model.info("Theme: " + model.themeProperty().get().label());
    }

    @FXML
    private void dismissMessage() {
        model.info("");
    }

    @FXML
    @Override
    public void exportAll() {
        ChartData data = model.chartDataProperty().get();
        if (data == null || isPlane(data) != model.getSession().isPlane()) {
            model.error("Nothing to export yet: the first snapshot has not arrived");
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export all charts (PNG 2x and SVG) into a folder");
        if (exportFolder != null && exportFolder.isDirectory()) {
            chooser.setInitialDirectory(exportFolder);
        }
        File dir = chooser.showDialog(stage);
        if (dir == null) {
            return;
        }
        exportFolder = dir;
        try {
            String name = model.getSession().name();
            // On the FX thread already: render directly.
            var written = ChartExporter.render(data, dir.toPath(), name, ChartFormats.pngAndSvg(2));
            model.info("Wrote " + written.size() + " charts (PNG and SVG) to " + dir);
        } catch (IOException | RuntimeException e) {
            model.error("Export failed: " + e.getMessage());
        }
    }

    /**
     * Export bundle…: the session as it is set now, run headless from its seed (with the kernel flows
     * shown) on a thread of its own, its reproducible bundle written where the user chooses; the
     * outcome arrives in the message bar. The window's own run is left alone.
     */
    @FXML
    private void exportBundle() {
        File file = chooseFile("Export a reproducible bundle of this session's run", "Bundle (zip)", "*.zip",
                SafeFileName.stem(model.getSession().name()) + "-bundle.zip");
        if (file == null) {
            return;
        }
        Session session = model.getSession();
        Set<KernelFlowKind> flows = EnumSet.noneOf(KernelFlowKind.class);
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            if (model.kernelFlowShownProperty(kind).get()) {
                flows.add(kind);
            }
        }
        bundleButton.setDisable(true);
        model.info("Writing the bundle: running " + session.name() + " headless (" + session.training().steps() + " steps)…");
        Thread writer = new Thread(() -> {
            String outcome;
            boolean failed = false;
            try {
                outcome = bundles.write(session, flows, file.toPath());
            } catch (Exception e) {
                outcome = "Bundle not written: " + e.getMessage();
                failed = true;
            }
            String message = outcome;
            boolean error = failed || !message.startsWith("Wrote");
            Platform.runLater(() -> {
                bundleButton.setDisable(false);
                if (error) {
                    model.error(message);
                } else {
                    model.info(message);
                }
            });
        }, "bundle-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void exportChart(ChartFrame chart, double scale) {
        File file = chooseFile("Export " + chart.title() + " (" + (int) scale + "x)", "PNG image", "*.png",
                ChartExporter.fileName(model.getSession().name(), chart));
        if (file != null) {
            export(file, () -> PngWriter.write(chart, scale, file.toPath()));
        }
    }

    @Override
    public void exportChartSvg(ChartFrame chart) {
        File file = chooseFile("Export " + chart.title() + " as SVG", "SVG image", "*.svg",
                ChartExporter.svgFileName(model.getSession().name(), chart));
        if (file != null) {
            export(file, () -> SvgWriter.write(chart, file.toPath()));
        }
    }

    @Override
    public void copyChartData(ChartFrame chart) {
        chart.dataCsv().ifPresentOrElse(csv -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(csv);
            Clipboard.getSystemClipboard().setContent(content);
            model.info("Copied the data of " + chart.title() + " as CSV (" + (csv.lines().count() - 1) + " rows)");
        }, () -> model.error(chart.title() + " draws images, not curves: export it as PNG or SVG"));
    }

    /** A save dialog for one file, starting in the last export folder; null when cancelled. */
    private File chooseFile(String title, String kind, String pattern, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(initialName);
        if (exportFolder != null && exportFolder.isDirectory()) {
            chooser.setInitialDirectory(exportFolder);
        }
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportFolder = file.getParentFile();
        }
        return file;
    }

    /** A chart file write, with the outcome in the message bar. */
    private void export(File file, ChartWrite write) {
        try {
            write.run();
            model.info("Wrote " + file);
        } catch (IOException | RuntimeException e) {
            model.error("Export failed: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ChartWrite {
        void run() throws IOException;
    }
}
