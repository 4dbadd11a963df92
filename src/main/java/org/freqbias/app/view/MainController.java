package org.freqbias.app.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.freqbias.app.BundleWriter;
import org.freqbias.app.WindowController;
import org.freqbias.app.chart.Board;
import org.freqbias.app.chart.ChartActions;
import org.freqbias.app.chart.ChartBoard;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.ChartView;
import org.freqbias.app.chart.PlaneChartBoard;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.app.export.PngWriter;
import org.freqbias.app.export.SvgWriter;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.app.model.LessonPlayer;
import org.freqbias.app.model.RunRow;
import org.freqbias.core.io.SafeFileName;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.sweep.SweepRuns;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Controller of /fxml/main.fxml: binds toolbar, status bar, message bar and charts to the
 * {@link ExperimentModel}, wires the keys ({@link Shortcuts}), focus mode ({@link FocusMode}) and
 * the lesson player ({@link LessonView}), and hands the model to the side panels. The 1D or the 2D
 * chart board is shown, after the session's dimension; the model's one chart data goes to the
 * board of its run's dimension (the pictures differ, the data do not).
 */
public final class MainController implements ChartActions, WindowController, Shortcuts.Actions {

    @FXML private Button playButton;
    @FXML private Button bundleButton;
    @FXML private FontIcon playIcon;
    @FXML private Label sessionTitle;
    @FXML private HBox messageBar;
    @FXML private Label messageLabel;
    @FXML private ScrollPane leftPanel;
    @FXML private ScrollPane rightPanel;
    @FXML private Node statusBar;
    @FXML private Label stepStatus;
    @FXML private Label timeStatus;
    @FXML private Label rateStatus;
    @FXML private Label lossStatus;
    @FXML private Label agreementStatus;
    @FXML private Node focusReadouts;
    @FXML private Label focusTime;
    @FXML private Label focusLoss;
    @FXML private Label focusAgreement;
    @FXML private ScrollPane chartScroll;
    @FXML private Node lessonBar;
    @FXML private Label lessonCaption;
    @FXML private Label lessonProgress;
    @FXML private Node blankScreen;
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
    /** The second board's place in the chart area: in the scene only side by side. */
    private NodePlace secondBoardPlace;
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
    /** Exports of every kind share one folder. */
    private final FileDialog exportDialog = new FileDialog();
    private final FileDialog studyDialog = new FileDialog(new FileChooser.ExtensionFilter("Study (*.zip)", "*.zip"));
    private final FileDialog sweepDialog = new FileDialog();
    private SweepWindow sweepWindow;
    private FocusMode focus;
    private LessonPlayer lessonPlayer;
    private LessonView lessons;
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
        mainBoard = new BoardSlot(chartsController, charts, planeChartsController, planeCharts, boardTitle);
        besideBoard = new BoardSlot(secondChartsController, secondCharts, secondPlaneChartsController, secondPlaneCharts,
                secondBoardTitle);
        mainBoard.setActions(this);
        besideBoard.setActions(this);
        targetPanelController.connectSketch(chartsController.fitChart());
        distributionPanelController.connectWanted(chartsController.learningTimeChart());
        scrubberController.init(m.runs());
        runsPanelController.init(m.runs());
        m.runs().sweepProperty().addListener((obs, old, sweep) -> showSweep(sweep));
        secondBoardPlace = new NodePlace(secondBoard);
        secondBoardPlace.set(false);
        // The two boards draw at one shared time: the second view comes with the main one.
        m.runs().viewProperty().addListener((obs, old, view) -> render(view, m.runs().secondViewProperty().get()));
        // Left / Right / Home / End move the scrubber while the chart area has focus too.
        chartArea.addEventHandler(KeyEvent.KEY_PRESSED, scrubberController::handleKey);
        m.sessionProperty().addListener((obs, old, now) -> showDimension(now.isPlane()));
        showDimension(m.getSession().isPlane());

        m.runningProperty().addListener((obs, was, on) -> playIcon.setIconLiteral(on ? "mdi2p-pause" : "mdi2p-play"));
        playButton.textProperty().bind(Bindings.when(m.runningProperty()).then("Pause").otherwise("Play"));
        sessionTitle.textProperty().bind(Bindings.createStringBinding(() -> m.getSession().name(), m.sessionProperty()));
        s.titleProperty().bind(Bindings.createStringBinding(() -> m.getSession().name() + " – Frequency Bias Lab", m.sessionProperty()));
        messageLabel.textProperty().bind(m.messageProperty());
        messageBar.visibleProperty().bind(m.messageProperty().isNotEmpty());
        m.messageIsErrorProperty().addListener((obs, was, error) -> markError(error));
        markError(m.messageIsErrorProperty().get());
        bindReadouts();
        List.of(chartScroll, leftPanel, rightPanel).forEach(UncachedViewport::of);

        focus = new FocusMode(List.of(leftPanel, rightPanel, statusBar), focusReadouts,
                () -> List.of(chartsController, planeChartsController));
        for (Board board : List.of(chartsController, planeChartsController)) {
            board.charts().forEach(this::rememberWhenChosen);
            chartScroll.viewportBoundsProperty().addListener((obs, old, room) -> board.setRoom(room.getWidth(), room.getHeight()));
        }
        // A lesson's "pin" pins the live run in the run list: its record stays, ticked, beside the runs after it.
        lessonPlayer = new LessonPlayer(m, () -> m.runs().pin(RunRow.LIVE, true));
        lessons = new LessonView(m, lessonPlayer, focus, lessonBar, lessonCaption, lessonProgress, blankScreen,
                dimension -> names(dimension == 2 ? planeChartsController : chartsController));
    }

    /** Status bar and focus mode show the same figures, from one binding each. */
    private void bindReadouts() {
        StringExpression time = Bindings.format("t = %.3g", model.timeProperty());
        StringExpression loss = Bindings.format("loss %.4g", model.lossProperty());
        StringExpression agreement = Bindings.createStringBinding(
                () -> model.aboveStabilityLimitProperty().get() ? "network vs PDE –: learning rate above the stability limit"
                        : Double.isNaN(model.agreementProperty().get()) ? "agreement –"
                        : String.format("network vs PDE %.1f %%", 100 * model.agreementProperty().get()),
                model.agreementProperty(), model.aboveStabilityLimitProperty());
        stepStatus.textProperty().bind(Bindings.format("step %d", model.stepProperty()));
        rateStatus.textProperty().bind(Bindings.format("%.0f steps/s", model.stepsPerSecondProperty()));
        timeStatus.textProperty().bind(time);
        lossStatus.textProperty().bind(loss);
        agreementStatus.textProperty().bind(agreement);
        // The large figures follow only while shown: hidden, each new text still repainted their
        // place on every snapshot (bench/frames.sh: one more dirty region in a fifth of the pulses).
        Map<Label, StringExpression> figures = Map.of(focusTime, time, focusLoss, loss, focusAgreement, agreement);
        focusReadouts.visibleProperty().addListener((obs, was, shown) -> followWhileShown(figures, shown));
        followWhileShown(figures, focusReadouts.isVisible());
    }

    private static void followWhileShown(Map<Label, StringExpression> figures, boolean shown) {
        figures.forEach((label, text) -> {
            if (shown) {
                label.textProperty().bind(text);
            } else {
                label.textProperty().unbind();
            }
        });
    }

    /** A click on a chart (Ctrl+click: a second one) or Tab to it makes it the chart focus mode shows. */
    private void rememberWhenChosen(ChartFrame chart) {
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> focus.choose(chart, e.isShortcutDown()));
        chart.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                focus.choose(chart, false);
            }
        });
    }

    private static Set<String> names(Board board) {
        return new TreeSet<>(board.names());
    }

    /** Installs the keys on {@code scene} and lets F11 alone leave full screen (Esc belongs to lessons and focus mode). */
    @Override
    public void installShortcuts(Scene scene) {
        // Space ticks a run in the run list rather than playing.
        new Shortcuts(this, lessonPlayer, owner -> owner == runsPanelController.list()).install(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("F11 leaves full screen");
    }

    @Override
    public void openLesson(String fileOrName) {
        lessons.open(fileOrName);
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
        secondBoardPlace.set(beside != null);
        if (beside != null) {
            besideBoard.render(beside, true);
        }
    }

    /** The lesson player, for tests. */
    public LessonPlayer lessonPlayer() {
        return lessonPlayer;
    }

    /** Whether focus mode is on, for tests. */
    public boolean focusMode() {
        return focus.onProperty().get();
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

    // ---- actions: toolbar buttons and keys ----

    @FXML
    @Override
    public void togglePlay() {
        model.togglePlay();
    }

    @FXML
    @Override
    public void step() {
        model.step();
    }

    @FXML
    @Override
    public void reset() {
        model.reset();
    }

    @FXML
    @Override
    public void open() {
        files.open();
    }

    @FXML
    @Override
    public void save() {
        files.save();
    }

    @FXML
    private void saveStudy() {
        studyDialog.save(stage, "Save every run of the run list as a study",
                SafeFileName.stem(model.getSession().name()) + "-study.zip").ifPresent(model::saveStudy);
    }

    @FXML
    private void openStudy() {
        studyDialog.open(stage, "Open a study: its runs join the run list, compared").ifPresent(model.runs()::openStudy);
    }

    /** Open sweep folder…: the folder is read in the background; the sweep window shows it, or a message says what is wrong. */
    @FXML
    private void openSweepFolder() {
        sweepDialog.folder(stage, "Open a sweep folder (written by sweep or collect): its figure and runs").ifPresent(this::openSweep);
    }

    @Override
    public void openSweep(Path dir) {
        model.runs().openSweep(dir);
    }

    private void showSweep(SweepRuns sweep) {
        if (sweep == null) {
            return;
        }
        try {
            if (sweepWindow == null) {
                sweepWindow = SweepWindow.create(stage, model, exportDialog);
            }
            sweepWindow.show(sweep);
        } catch (IOException e) {
            model.error("The sweep window could not be built: " + e.getMessage());
        }
    }

    /** The sweep window, null until a sweep folder was opened, for tests. */
    public SweepWindow sweepWindow() {
        return sweepWindow;
    }

    @FXML
    @Override
    public void nextTheme() {
        model.setTheme(model.themeProperty().get().next());
        model.info("Theme: " + model.themeProperty().get().label());
    }

    @Override
    public void toggleKernelLimit() {
        model.toggleKernelFlow(KernelFlowKind.KERNEL_LIMIT);
    }

    @Override
    public void toggleLinearized() {
        model.toggleKernelFlow(KernelFlowKind.LINEARIZED);
    }

    @FXML
    @Override
    public void toggleFocus() {
        focus.toggle();
        chartScroll.requestFocus(); // away from a side panel's field, which focus mode hides
    }

    @Override
    public boolean leaveFocus() {
        if (!focus.onProperty().get()) {
            return false;
        }
        focus.leave();
        return true;
    }

    @FXML
    @Override
    public void chooseLesson() {
        lessons.choose(stage);
    }

    @Override
    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    @FXML
    private void dismissMessage() {
        model.info("");
    }

    /** The view of the main board (the run list's runs at the scrubber's time), or null (with a message) before the first snapshot. */
    private ChartView exportableView() {
        ChartView view = model.runs().viewProperty().get();
        if (view == null) {
            model.error("Nothing to export yet: the first snapshot has not arrived");
            return null;
        }
        return view;
    }

    @FXML
    @Override
    public void exportAll() {
        ChartView view = exportableView();
        if (view == null) {
            return;
        }
        Path dir = exportDialog.folder(stage, "Export all charts (PNG 2x and SVG) into a folder").orElse(null);
        if (dir == null) {
            return;
        }
        try {
            String name = model.getSession().name();
            // On the FX thread already: writeAll renders at once.
            List<Path> written = ChartExporter.writeAll(view, dir, name, ChartFormats.pngAndSvg(2), chart -> true);
            // The folder the files really went to (links resolved), which the user may not have typed.
            model.info("Wrote " + written.size() / 2 + " charts (PNG and SVG) to " + written.get(0).getParent());
        } catch (IOException | RuntimeException e) {
            model.error("Export failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            export(chart, file, (c, f) -> PngWriter.write(c, scale, f));
        }
    }

    @Override
    public void exportChartSvg(ChartFrame chart) {
        File file = chooseFile("Export " + chart.title() + " as SVG", "SVG image", "*.svg",
                ChartExporter.svgFileName(model.getSession().name(), chart));
        if (file != null) {
            export(chart, file, SvgWriter::write);
        }
    }

    @Override
    public void copyChartData(ChartFrame chart) {
        chart.dataCsv().ifPresentOrElse(csv -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(csv);
            Clipboard.getSystemClipboard().setContent(content);
            model.info("Copied the data of " + chart.title() + " as CSV (" + (csv.lines().count() - 1) + " rows)");
        }, () -> model.error(chart.title() + " has no data to copy yet: the first snapshot has not arrived"));
    }

    /** A save dialog for one file, starting in the last export folder; null when cancelled. */
    private File chooseFile(String title, String kind, String pattern, String initialName) {
        return exportDialog.save(stage, title, initialName, new FileChooser.ExtensionFilter(kind, pattern))
                .map(Path::toFile).orElse(null);
    }

    /**
     * Writes {@code chart} to {@code file} by {@code writer}: the view it shows (its board's: main
     * or beside) drawn afresh at its export size (not its size on screen), with the outcome in the
     * message bar.
     */
    private void export(ChartFrame chart, File file, ChartExporter.ChartFileWriter writer) {
        ChartView view = chart.drawnView();
        if (view == null) {
            model.error("Nothing to export yet: the first snapshot has not arrived");
            return;
        }
        try {
            ChartExporter.writeOne(view, chart.fileName(), file.toPath(), writer);
            model.info("Wrote " + file);
        } catch (IOException | RuntimeException e) {
            model.error("Export failed: " + e.getMessage());
        }
    }
}
