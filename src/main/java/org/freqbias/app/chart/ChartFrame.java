package org.freqbias.app.chart;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One chart with its title and its legend, drawn from {@link ChartData}. Right-click offers PNG
 * export at 1x and 2x and export of all charts, through the {@link ChartActions} of the window.
 */
public abstract class ChartFrame extends VBox {

    private final String fileName;
    private final Label title = new Label();
    protected final LegendBox legend = new LegendBox();
    private ChartActions actions;

    protected ChartFrame(String titleText, String fileName) {
        this.fileName = fileName;
        title.setText(titleText);
        title.getStyleClass().add("chart-title");
        title.setWrapText(true); // large type must not cut a long title
        getStyleClass().add("chart-frame");
        getChildren().addAll(title, legend);
        setOnContextMenuRequested(e -> {
            if (actions != null) {
                menu().show(this, e.getScreenX(), e.getScreenY());
            }
        });
    }

    /** Puts the plot between title and legend, taking the spare height. */
    protected final void setPlot(Node plot) {
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().add(1, plot);
    }

    /**
     * Redraws from {@code data}; called on the FX thread. PDE legend entries are first named
     * after whether the PDE is exact for this network or only its 2-layer reference.
     */
    public final void render(ChartData data) {
        legend.showPdeExact(data.setup().pdeIsExact());
        draw(data);
    }

    /** Draws {@code data} into the plot. */
    protected abstract void draw(ChartData data);

    /** Short name used in exported file names, such as "spectrum". */
    public String fileName() {
        return fileName;
    }

    public String title() {
        return title.getText();
    }

    public void setActions(ChartActions actions) {
        this.actions = actions;
    }

    private ContextMenu menu() {
        MenuItem one = new MenuItem("Export PNG… (1x)");
        one.setOnAction(e -> actions.exportChart(this, 1));
        MenuItem two = new MenuItem("Export PNG… (2x)");
        two.setOnAction(e -> actions.exportChart(this, 2));
        MenuItem all = new MenuItem("Export all charts to a folder…");
        all.setOnAction(e -> actions.exportAll());
        return new ContextMenu(one, two, new SeparatorMenuItem(), all);
    }
}
