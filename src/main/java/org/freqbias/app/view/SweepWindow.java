package org.freqbias.app.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.freqbias.app.chart.SmallMultiplesChart;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.sweep.SmallMultiples;
import org.freqbias.core.sweep.SweepAxis;
import org.freqbias.core.sweep.SweepLayout;
import org.freqbias.core.sweep.SweepRuns;

/**
 * Controller of /fxml/sweep.fxml, a window of its own (not modal) beside the main one: a sweep
 * folder as the model read it ({@link SweepRuns}): its small multiples (the {@link SmallMultiplesChart}
 * that {@code sweep} exports, so one drawing), "k of M runs complete" with the varied keys, and its
 * runs; a complete run is loaded for replay through the run list's study path. The figure exports as
 * PNG and SVG and copies its data as CSV. Nothing is ever written into the sweep's folders.
 */
public final class SweepWindow {

    /** Width of the run list beside the figure, which takes the rest. */
    private static final double RUN_LIST_WIDTH = 280;
    private static final double PREFERRED_HEIGHT = 800;
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    @FXML private Label folderLabel;
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;
    @FXML private SmallMultiplesChart chart;
    @FXML private TableView<SweepRuns.Run> runTable;
    @FXML private Button loadButton;
    @FXML private MenuButton figureMenu;
    @FXML private Node runPane;
    @FXML private SplitPane split;

    private ExperimentModel model;
    private Stage stage;
    private SweepRuns sweep;
    /** The main window's export dialog: exports of every kind start in one folder. */
    private FileDialog exports;

    /**
     * Builds the window (hidden) owned by {@code owner}, styled in the model's theme, its figure
     * exported through {@code exports}. FX thread.
     */
    static SweepWindow create(Window owner, ExperimentModel model, FileDialog exports) throws IOException {
        FXMLLoader loader = new FXMLLoader(SweepWindow.class.getResource("/fxml/sweep.fxml"));
        Parent root = loader.load();
        SweepWindow w = loader.getController();
        w.model = model;
        w.exports = exports;
        // The window's messages here too: the main window's bar may lie behind this one.
        w.messageLabel.textProperty().bind(model.messageProperty());
        w.messageLabel.pseudoClassStateChanged(ERROR, model.messageIsErrorProperty().get());
        model.messageIsErrorProperty().addListener((obs, was, error) -> w.messageLabel.pseudoClassStateChanged(ERROR, error));
        w.stage = new Stage();
        w.stage.initOwner(owner);
        Scene scene = new Scene(root);
        ChartExporter.applyStyles(scene, model.themeProperty().get());
        model.themeProperty().addListener((obs, old, theme) -> ChartExporter.applyStyles(scene, theme));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                w.stage.hide();
            }
        });
        w.stage.setScene(scene);
        return w;
    }

    @FXML
    private void initialize() {
        figureMenu.getItems().setAll(figureItems());
        SplitPane.setResizableWithParent(runPane, false);
        runTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ContextMenu menu = new ContextMenu(figureItems().toArray(MenuItem[]::new));
        // Right-click, or the context-menu key / Shift+F10 with the figure focused; Enter as on the charts of the main window.
        chart.setOnContextMenuRequested(e -> {
            menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        chart.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !menu.isShowing()) {
                var corner = chart.localToScreen(chart.getLayoutBounds().getMinX(), chart.getLayoutBounds().getMinY());
                menu.show(chart, corner.getX() + 20, corner.getY() + 20);
                e.consume();
            }
        });
        runTable.setRowFactory(table -> {
            TableRow<SweepRuns.Run> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    load(row.getItem());
                }
            });
            return row;
        });
        runTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                loadSelected();
                e.consume();
            }
        });
        var selected = runTable.getSelectionModel().selectedItemProperty();
        loadButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().complete(), selected));
    }

    private List<MenuItem> figureItems() {
        MenuItem export = new MenuItem("Export PNG (2x) and SVG…");
        export.setOnAction(e -> exportFigure());
        MenuItem csv = new MenuItem("Copy as CSV");
        csv.setOnAction(e -> copyCsv());
        return List.of(export, csv);
    }

    /** Shows {@code runs} (replacing the sweep shown before) and brings the window forward. FX thread. */
    void show(SweepRuns runs) {
        sweep = runs;
        Path dir = runs.dirs().get(0);
        stage.setTitle("Sweep " + dir.getFileName() + " – Frequency Bias Lab");
        folderLabel.setText("Sweep folder " + dir);
        summaryLabel.setText(summary(runs));
        SmallMultiples figure = runs.figure();
        chart.show(figure);
        runTable.getColumns().setAll(columns(runs));
        runTable.getItems().setAll(runs.runs());
        runTable.getSelectionModel().clearSelection();
        if (!stage.isShowing()) {
            fitToScreen(SmallMultiplesChart.exportWidth(figure.panels().size()));
        }
        stage.show();
        stage.toFront();
    }

    /** Room for the figure at its export width beside the run list, within the screen the owner is on. */
    private void fitToScreen(double figureWidth) {
        Window owner = stage.getOwner();
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(screen.getWidth(), figureWidth + RUN_LIST_WIDTH + 40);
        double height = Math.min(screen.getHeight(), PREFERRED_HEIGHT);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        split.setDividerPositions(1 - RUN_LIST_WIDTH / width);
    }

    /** "4 of 6 runs complete · varied: distribution.sigma (2, 4, 8), network.width (32, 64) · seeds 0, 1". */
    static String summary(SweepRuns runs) {
        String varied = runs.manifest().grid().axes().stream()
                .map(a -> a.key() + " (" + String.join(", ", labels(a)) + ")").collect(Collectors.joining(", "));
        long[] seeds = runs.manifest().grid().seeds();
        String seedText = seeds.length == 1 ? "seed " + seeds[0]
                : "seeds " + Arrays.stream(seeds).mapToObj(Long::toString).collect(Collectors.joining(", "));
        int complete = runs.complete();
        int all = runs.runs().size();
        return complete + " of " + all + " runs complete" + (complete < all ? " (the figure shows the complete ones)" : "")
                + " · varied: " + varied + " · " + seedText;
    }

    private static List<String> labels(SweepAxis a) {
        return IntStream.range(0, a.size()).mapToObj(a::label).toList();
    }

    private static List<TableColumn<SweepRuns.Run, String>> columns(SweepRuns runs) {
        List<String> names = SmallMultiples.keyNames(runs.manifest().grid().axes());
        List<TableColumn<SweepRuns.Run, String>> columns = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            int axis = a;
            columns.add(column(names.get(a), r -> r.point().labels().get(axis)));
        }
        columns.add(column("seed", r -> Long.toString(r.point().seed())));
        columns.add(column("status", r -> r.complete() ? "complete" : "not complete"));
        return columns;
    }

    private static TableColumn<SweepRuns.Run, String> column(String name, Function<SweepRuns.Run, String> text) {
        TableColumn<SweepRuns.Run, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false); // grid order is the order of runs.csv
        c.setMinWidth(48);
        return c;
    }

    @FXML
    private void loadSelected() {
        SweepRuns.Run run = runTable.getSelectionModel().getSelectedItem();
        if (run != null) {
            load(run);
        }
    }

    /** Opens {@code run}'s study into the run list, or says why it cannot be. */
    private void load(SweepRuns.Run run) {
        run.done().ifPresentOrElse(done -> model.runs().openStudy(done.study()),
                () -> model.error("The run " + run.label() + " is not complete: run the same sweep command again to finish it, "
                        + "then open the folder again"));
    }

    /** Writes the figure as PNG (2x) and SVG where the user chooses, never into the sweep's folders. */
    private void exportFigure() {
        exports.save(stage, "Export the small multiples as PNG (2x) and SVG",
                sweep.dirs().get(0).getFileName() + "-" + SweepLayout.FIGURE + ".png",
                new FileChooser.ExtensionFilter("PNG image (an SVG is written beside it)", "*.png"))
                .ifPresent(this::exportFigure);
    }

    /** Writes the figure to {@code png} and the SVG beside it, with the outcome in the message bar. */
    void exportFigure(Path png) {
        Path dir = png.toAbsolutePath().getParent();
        if (sweep.dirs().stream().anyMatch(d -> dir.normalize().startsWith(d.toAbsolutePath().normalize()))) {
            model.error("Not written: " + dir + " is inside the sweep folder, which the app never writes into; choose another folder");
            return;
        }
        String stem = png.getFileName().toString().replaceFirst("(?i)\\.png$", "");
        SmallMultiples figure = sweep.figure();
        try {
            List<Path> written = ChartExporter.writeFigure(() -> {
                SmallMultiplesChart c = new SmallMultiplesChart();
                c.show(figure);
                return c;
            }, SmallMultiplesChart.exportWidth(figure.panels().size()), dir, stem, 2);
            model.info("Wrote " + written.get(0) + " and " + written.get(1).getFileName());
        } catch (IOException | RuntimeException e) {
            model.error("Export failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Puts the figure's data ({@link SmallMultiples#csv}) on the clipboard. */
    private void copyCsv() {
        String csv = sweep.figure().csv();
        ClipboardContent content = new ClipboardContent();
        content.putString(csv);
        Clipboard.getSystemClipboard().setContent(content);
        model.info("Copied the data of the small multiples as CSV (" + (csv.lines().count() - 1) + " rows)");
    }

    // ---- for tests ----

    public SmallMultiplesChart chart() {
        return chart;
    }

    public TableView<SweepRuns.Run> runTable() {
        return runTable;
    }

    public Label summary() {
        return summaryLabel;
    }

    public Stage stage() {
        return stage;
    }

    public MenuButton figureMenu() {
        return figureMenu;
    }

    public Button loadButton() {
        return loadButton;
    }

    public Label message() {
        return messageLabel;
    }
}
