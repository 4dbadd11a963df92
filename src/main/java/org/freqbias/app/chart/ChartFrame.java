package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
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
 * One chart with its title and its legend, drawn from a {@link ChartView}: one run, or several
 * compared on the same axes, at the time the scrubber shows. Right-click offers PNG
 * export at 1x and 2x and export of all charts, through the {@link ChartActions} of the window;
 * from the keyboard, Tab to the chart and press Enter, the menu key or Shift+F10.
 */
public abstract class ChartFrame extends VBox {

    private final String fileName;
    private final Label title = new Label();
    protected final LegendBox legend = new LegendBox();
    private ChartActions actions;
    /** The view drawn last; null before the first render. */
    private ChartView drawn;
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
     * Redraws from {@code view}; called on the FX thread. A view equal to the one drawn (the same
     * chart data of the same runs, labels, colours and time) does nothing unless the plot needs a
     * redraw for another reason ({@link #stale()}).
     */
    public final void render(ChartView view) {
        if (shows(view)) {
            return;
        }
        draw(view);
        drawn = view;
    }

    /** Redraws {@code data} alone, at the snapshot it shows. */
    public final void render(ChartData data) {
        render(ChartView.single(data));
    }

    /** True when the chart shows {@code view} as it should be drawn now: rendering it would do nothing. */
    public final boolean shows(ChartView view) {
        return view.equals(drawn) && !stale();
    }

    /** True when what is drawn no longer fits the plot (such as its width); the next render redraws. */
    protected boolean stale() {
        return false;
    }

    /** Draws the view shown again, if any (after the plot changed size). */
    protected final void redraw() {
        if (drawn != null) {
            render(drawn);
        }
    }

    /** Draws {@code view} into the plot and sets the legend. */
    protected abstract void draw(ChartView view);

    /**
     * Shows the legend of {@code view}: when runs are compared, one entry per run (its label, a
     * line in its colour) before {@code key}, the entries of the line styles drawn (in grey).
     */
    protected final void legend(ChartView view, List<LegendItem> key) {
        List<LegendItem> items = new ArrayList<>();
        if (view.compared()) {
            for (RunView run : view.runs()) {
                items.add(LegendItem.of(run.label(), LineStyle.solid(run.style().network())));
            }
        }
        items.addAll(key);
        legend.set(items);
    }

    /** The legend's entries, for tests. */
    public final List<LegendItem> legendItems() {
        return legend.items();
    }

    /** Export size of a chart that does not say otherwise, before scaling; every chart has the height. */
    public static final double EXPORT_WIDTH = 900;
    public static final double EXPORT_HEIGHT = 560;

    /** Width of the chart alone in an exported PNG, before scaling; read after the chart has drawn the exported data. */
    public double exportWidth() {
        return EXPORT_WIDTH;
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
        MenuItem all = new MenuItem("Export all charts to a folder…");
        all.setOnAction(e -> actions.exportAll());
        return new ContextMenu(one, two, new SeparatorMenuItem(), all);
    }
}
