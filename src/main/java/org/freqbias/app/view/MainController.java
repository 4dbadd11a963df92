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
import javafx.scene.Node;
import org.freqbias.app.WindowController;
import org.freqbias.app.chart.ChartActions;
import org.freqbias.app.chart.ChartBoard;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.ChartView;
import org.freqbias.app.chart.PlaneChartBoard;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.PngWriter;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.io.SafeFileName;
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
    @FXML private Label boardTitle;
    @FXML private ChartBoard secondChartsController;
    @FXML private PlaneChartBoard secondPlaneChartsController;
    @FXML private Node secondCharts;
    @FXML private Node secondPlaneCharts;
    @FXML private Label secondBoardTitle;
    @FXML private Node secondBoard;
    @FXML private Node chartArea;
    @FXML private RunsPanelController runsPanelController;
    @FXML private ScrubberController scrubberController;
    @FXML private SessionPanelController sessionPanelController;
    @FXML private TargetPanelController targetPanelController;
    @FXML private PlaneTargetPanelController planeTargetPanelController;
    @FXML private Node targetPane;
    @FXML private Node planeTargetPane;
    @FXML private DistributionPanelController distributionPanelController;
    @FXML private NetworkPanelController networkPanelController;
    @FXML private PdePanelController pdePanelController;

    private ExperimentModel model;
    private BoardSlot mainBoard;
    private BoardSlot besideBoard;
    private Stage stage;
    private SessionFileActions files;
    private File exportFolder;
    private File studyFolder;

    /** Connects the view to {@code m}; {@code s} owns the dialogs. FX thread. */
    @Override
    public void init(ExperimentModel m, Stage s) {
        this.model = m;
        this.stage = s;
        files = new SessionFileActions(m, () -> stage);
        sessionPanelController.init(m, files);
        targetPanelController.init(m);
        planeTargetPanelController.init(m);
        distributionPanelController.init(m);
        networkPanelController.init(m);
        pdePanelController.init(m);
        mainBoard = new BoardSlot(chartsController, charts, planeChartsController, planeCharts, boardTitle);
        besideBoard = new BoardSlot(secondChartsController, secondCharts, secondPlaneChartsController, secondPlaneCharts,
                secondBoardTitle);
        mainBoard.setActions(this);
        besideBoard.setActions(this);
        scrubberController.init(m.runs());
        runsPanelController.init(m.runs());
        secondBoard.managedProperty().bind(secondBoard.visibleProperty());
        secondBoard.setVisible(false);
        // The two boards draw at one shared time: the second view comes with the main one.
        m.runs().viewProperty().addListener((obs, old, view) -> render(view, m.runs().secondViewProperty().get()));
        // Left / Right / Home / End move the scrubber while the chart area has focus too.
        chartArea.addEventHandler(KeyEvent.KEY_PRESSED, scrubberController::handleKey);
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
            // Space plays, except where it types or ticks a run in the run list.
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)
                    && scene.getFocusOwner() != runsPanelController.list()) {
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

    /** The run list, for tests. */
    public RunsPanelController runList() {
        return runsPanelController;
    }

    /** The 1D board of the second place (side by side), for tests. */
    public ChartBoard secondCharts() {
        return secondChartsController;
    }

    /** The time scrubber, for tests. */
    public ScrubberController scrubber() {
        return scrubberController;
    }

    /** True when every board shows the view last given it (boards catch up one chart per frame), for tests. */
    public boolean chartsCaughtUp() {
        return mainBoard.caughtUp() && besideBoard.caughtUp();
    }

    /** The 2D chart board, for tests. */
    public PlaneChartBoard planeCharts() {
        return planeChartsController;
    }

    /** Draws {@code view} on the main board and {@code beside} (null: none) on the second, side by side. */
    private void render(ChartView view, ChartView beside) {
        if (view == null) {
            return;
        }
        mainBoard.render(view, beside != null);
        secondBoard.setVisible(beside != null);
        if (beside != null) {
            besideBoard.render(beside, true);
        }
    }

    /** Shows the target panel of a 2D (true) or a 1D session, and its board until a run of it is drawn. */
    private void showDimension(boolean plane) {
        planeTargetPane.setVisible(plane);
        planeTargetPane.setManaged(plane);
        targetPane.setVisible(!plane);
        targetPane.setManaged(!plane);
        if (model.runs().viewProperty().get() == null) {
            mainBoard.showDimension(plane ? 2 : 1);
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
    private void saveStudy() {
        FileChooser chooser = studyChooser("Save every run of the run list as a study");
        chooser.setInitialFileName(SafeFileName.stem(model.getSession().name()) + "-study.zip");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            studyFolder = file.getParentFile();
            model.saveStudy(file.toPath());
        }
    }

    @FXML
    private void openStudy() {
        File file = studyChooser("Open a study: its runs join the run list, compared").showOpenDialog(stage);
        if (file != null) {
            studyFolder = file.getParentFile();
            model.runs().openStudy(file.toPath());
        }
    }

    private FileChooser studyChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Study (*.zip)", "*.zip"));
        if (studyFolder != null && studyFolder.isDirectory()) {
            chooser.setInitialDirectory(studyFolder);
        }
        return chooser;
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
        ChartView view = model.runs().viewProperty().get();
        if (view == null) {
            model.error("Nothing to export yet: the first snapshot has not arrived");
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export all charts (PNG, 2x) into a folder");
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
            var written = ChartExporter.render(view, dir.toPath(), name, 2, chart -> true);
            model.info("Wrote " + written.size() + " charts to " + dir);
        } catch (IOException | RuntimeException e) {
            model.error("Export failed: " + e.getMessage());
        }
    }

    @Override
    public void exportChart(ChartFrame chart, double scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + chart.title() + " (" + (int) scale + "x)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(ChartExporter.fileName(model.getSession().name(), chart));
        if (exportFolder != null && exportFolder.isDirectory()) {
            chooser.setInitialDirectory(exportFolder);
        }
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        exportFolder = file.getParentFile();
        try {
            PngWriter.write(chart, scale, file.toPath());
            model.info("Wrote " + file);
        } catch (IOException | RuntimeException e) {
            model.error("Export failed: " + e.getMessage());
        }
    }
}
