package org.freqbias.app.chart;

import java.util.Optional;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One chart with its title and its legend, drawn from a run's {@link ChartData}. Right-click offers PNG
 * export at 1x and 2x, SVG export, the data behind the chart as CSV on the clipboard (charts of
 * curves) and export of all charts, through the {@link ChartActions} of the window; from the
 * keyboard, Tab to the chart and press Enter, the menu key or Shift+F10.
 */
public abstract class ChartFrame extends VBox {

    private final String fileName;
    private final Label title = new Label();
    protected final LegendBox legend = new LegendBox();
    private ChartActions actions;
    /** The data drawn last; null before the first render. */
    private ChartData drawn;
    /** One menu per chart, so that a key and the platform's menu event never open two. */
    private final ContextMenu menu = buildExportMenu();

    protected ChartFrame(String titleText, String fileName) {
        this.fileName = fileName;
        title.setText(titleText);
        title.getStyleClass().add("chart-title");
        title.setWrapText(true); // large type must not cut a long title
        getStyleClass().add("chart-frame");
        getChildren().addAll(title, legend);
        setFocusTraversable(true);
        setOnContextMenuRequested(e -> {
            if (actions != null && !menu.isShowing()) {
                if (e.isKeyboardTrigger()) {
                    showFromKeyboard();
                } else {
                    menu.show(this, e.getScreenX(), e.getScreenY());
                }
            }
            e.consume();
        });
        setOnKeyPressed(e -> {
            boolean menuKey = e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.CONTEXT_MENU
                    || (e.getCode() == KeyCode.F10 && e.isShiftDown());
            if (menuKey && actions != null) {
                if (!menu.isShowing()) {
                    showFromKeyboard();
                }
                e.consume();
            }
        });
    }

    /** Puts the plot between title and legend, taking the spare height. */
    protected final void setPlot(Node plot) {
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().add(1, plot);
    }

    /**
     * Redraws from {@code data}; called on the FX thread, at most once per frame (the model publishes
     * at most one chart data per frame). The same data again does nothing unless the plot needs a
     * redraw for another reason ({@link #stale()}). PDE legend entries are first named after whether
     * the PDE is exact for this network or only its 2-layer reference.
     */
    public final void render(ChartData data) {
        if (shows(data)) {
            return;
        }
        legend.showPdeExact(data.pdeIsExact());
        draw(data);
        drawn = data;
    }

    /** True when the chart shows {@code data} as it should be drawn now: rendering it would do nothing. */
    public final boolean shows(ChartData data) {
        return data == drawn && !stale();
    }

    /** Draws {@code data} into the plot. */
    protected abstract void draw(ChartData data);

    /** True when what is drawn no longer fits the plot (such as its width); the next render redraws. */
    protected boolean stale() {
        return false;
    }

    /** Draws the data shown again, if any (after the plot changed size). */
    protected final void redraw() {
        if (drawn != null) {
            render(drawn);
        }
    }

    /** Export size of a chart that does not say otherwise, before scaling; every chart has the height. */
    public static final double EXPORT_WIDTH = 900;
    public static final double EXPORT_HEIGHT = 560;

    /** Width of the chart alone in an exported PNG, before scaling; read after the chart has drawn the exported data. */
    public double exportWidth() {
        return EXPORT_WIDTH;
    }

    /**
     * The data behind the chart as drawn, as CSV text; empty for a chart that draws no curves (heat
     * maps). FX thread.
     */
    public Optional<String> dataCsv() {
        return Optional.empty();
    }

    /** Short name used in exported file names, such as "spectrum". */
    public String fileName() {
        return fileName;
    }

    public String title() {
        return title.getText();
    }

    /** The export menu (for tests: is it showing, what does it offer). */
    public ContextMenu exportMenu() {
        return menu;
    }

    public void setActions(ChartActions actions) {
        this.actions = actions;
    }

    /** Shows the menu under the title with its first item focused, so arrows and Enter work at once. */
    private void showFromKeyboard() {
        menu.show(title, Side.BOTTOM, 0, 0);
        Node first = menu.getSkin() == null ? null : menu.getSkin().getNode().lookup(".menu-item");
        if (first != null) {
            first.requestFocus();
        }
    }

    private ContextMenu buildExportMenu() {
        MenuItem one = new MenuItem("Export PNG… (1x)");
        one.setOnAction(e -> actions.exportChart(this, 1));
        MenuItem two = new MenuItem("Export PNG… (2x)");
        two.setOnAction(e -> actions.exportChart(this, 2));
        MenuItem svg = new MenuItem("Export SVG…");
        svg.setOnAction(e -> actions.exportChartSvg(this));
        MenuItem csv = new MenuItem("Copy as CSV");
        csv.setOnAction(e -> actions.copyChartData(this));
        MenuItem all = new MenuItem("Export all charts to a folder (PNG and SVG)…");
        all.setOnAction(e -> actions.exportAll());
        ContextMenu m = new ContextMenu(one, two, svg, csv, new SeparatorMenuItem(), all);
        // Only charts of curves have data to copy; asked when shown, as subclasses are built after this.
        m.setOnShowing(e -> csv.setVisible(dataCsv().isPresent()));
        return m;
    }
}
