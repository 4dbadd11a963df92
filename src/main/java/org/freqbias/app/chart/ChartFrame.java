package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One chart with its title, an info button, its legend and a hover readout, drawn from a
 * {@link ChartView}: one run, or several compared on the same axes, at the time the scrubber shows.
 * The info button (focusable: Tab to it, Enter) opens the chart's plain-language explanation
 * ({@link ChartInfo}); moving the mouse over the plot shows the value under the cursor (subclasses
 * say what that is, through {@link #showReadout}). Right-click offers PNG export at 1x and 2x, SVG
 * export, the data behind the chart as CSV on the clipboard (charts of curves) and export of all
 * charts, through the {@link ChartActions} of the window; from the keyboard, Tab to the chart and
 * press Enter, the menu key or Shift+F10. Text never gets cut: the title and captions wrap, and the
 * frame's minimum height holds them whole (see docs/DEVELOPING.md).
 */
public abstract class ChartFrame extends VBox {

    private final String fileName;
    private final String infoKey;
    private final Label title = new Label();
    private final Button infoButton = new Button();
    protected final LegendBox legend = new LegendBox();
    /** The value under the mouse: on top of the chart, outside the layout. */
    private final Label readout = new Label();
    private ChartActions actions;
    /** The view drawn last; null before the first render. */
    private ChartView drawn;
    /** One menu per chart, so that a key and the platform's menu event never open two. */
    private final ContextMenu menu = buildExportMenu();
    private ChartInfoPopup info;
    /** What the chart draws in: an XY chart or a row of images. */
    private Node plot = new Region();

    private final StyleableDoubleProperty lineScale = new SimpleStyleableDoubleProperty(LINE_SCALE, this, "lineScale", 1.0) {
        @Override
        protected void invalidated() {
            lineScaleChanged(get());
        }
    };

    protected ChartFrame(String titleText, String fileName) {
        this(titleText, fileName, fileName);
    }

    /** @param infoKey the key of the chart's explanation in {@link ChartInfo} (where two charts share a file name) */
    protected ChartFrame(String titleText, String fileName, String infoKey) {
        this.fileName = fileName;
        this.infoKey = infoKey;
        title.setText(titleText);
        title.getStyleClass().add("chart-title");
        wrapWhole(title); // large type must not cut a long title
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        infoButton.setGraphic(new FontIcon("mdi2i-information-outline"));
        infoButton.getStyleClass().addAll("flat", "chart-info-button");
        infoButton.setAccessibleText("About this chart");
        infoButton.setTooltip(new Tooltip("What this chart shows and what to look for"));
        infoButton.setOnAction(e -> toggleInfo());
        // A button fires on Space, which the window keeps for play/pause: Enter opens the text.
        infoButton.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                toggleInfo();
                e.consume();
            }
        });
        infoButton.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        HBox header = new HBox(title, infoButton);
        header.getStyleClass().add("chart-header");
        readout.getStyleClass().add("chart-readout");
        readout.setManaged(false);
        readout.setMouseTransparent(true);
        readout.setVisible(false);
        getStyleClass().add("chart-frame");
        getChildren().addAll(header, legend, readout);
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
            if (menuKey && actions != null && e.getTarget() == this) {
                if (!menu.isShowing()) {
                    showFromKeyboard();
                }
                e.consume();
            }
        });
    }

    /** Lets {@code label} wrap and keeps it at the height its wrapped text needs: squeezed, it would end in "…". */
    static void wrapWhole(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Puts the plot between title and legend, taking the spare height. */
    protected final void setPlot(Node plot) {
        setPlot(plot, null, null);
    }

    /** Puts the plot, with a caption above and below it (either may be null), between title and legend. */
    protected final void setPlot(Node plot, Label above, Label below) {
        this.plot = plot;
        VBox.setVgrow(plot, Priority.ALWAYS);
        List<Node> parts = new ArrayList<>();
        for (Node n : new Node[] {above, plot, below}) {
            if (n != null) {
                parts.add(n);
            }
        }
        getChildren().addAll(getChildren().indexOf(legend), parts);
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

    /** The view drawn last (what the chart shows); null before the first render. */
    public final ChartView drawnView() {
        return drawn;
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

    /**
     * How large this chart's picture would be if the chart were {@code width} x {@code height}:
     * the smaller side of its plot, or of its images for a row of images, in pixels. Focus mode
     * puts two charts side by side or one above the other, whichever shows both larger. What
     * the chart takes besides its plot (title, captions, legend) is read from its last layout.
     */
    public double pictureSideIn(double width, double height) {
        double plotWidth = width - (getWidth() - plot.getLayoutBounds().getWidth());
        double plotHeight = height - (getHeight() - plot.getLayoutBounds().getHeight());
        if (plot instanceof ImageRow row) {
            return row.pictureSideIn(plotWidth, plotHeight);
        }
        return plot instanceof SquareImageGrid grid ? grid.pictureSideIn(plotWidth, plotHeight) : Math.min(plotWidth, plotHeight);
    }

    /**
     * The data behind the chart as drawn, as CSV text (curves: {@link XyChartFrame}; heat maps:
     * {@link HeatMapCsv}); empty when there is none, such as before the first draw. FX thread.
     */
    public Optional<String> dataCsv() {
        return Optional.empty();
    }

    /** Short name used in exported file names and in lessons, such as "spectrum". */
    public String fileName() {
        return fileName;
    }

    public String title() {
        return title.getText();
    }

    /** The key of the chart's explanation in {@link ChartInfo}. */
    public String infoKey() {
        return infoKey;
    }

    /** The plain-language explanation the info button shows. */
    public String infoText() {
        return ChartInfo.text(infoKey);
    }

    /** The info button, for tests and focus handling. */
    public Button infoButton() {
        return infoButton;
    }

    /** The explanation popup, null until first opened (for tests). */
    public ChartInfoPopup infoPopup() {
        return info;
    }

    /** The hover readout (for tests: is it showing, what does it say). */
    public Label readout() {
        return readout;
    }

    /**
     * Shows or hides what only the screen needs (the info button), so that a picture of the chart
     * (PNG, SVG) holds the chart alone.
     */
    public void setScreenControlsShown(boolean shown) {
        infoButton.setVisible(shown);
        infoButton.setManaged(shown);
    }

    /** The export menu (for tests: is it showing, what does it offer). */
    public ContextMenu exportMenu() {
        return menu;
    }

    public void setActions(ChartActions actions) {
        this.actions = actions;
    }

    /**
     * Shows {@code text} beside the mouse at scene point ({@code sceneX}, {@code sceneY}), kept inside
     * the frame; the readout follows the mouse only and never takes keyboard focus.
     */
    protected final void showReadout(String text, double sceneX, double sceneY) {
        readout.setText(text);
        readout.setVisible(true);
        readout.autosize();
        Point2D p = sceneToLocal(sceneX, sceneY);
        double gap = 14;
        double x = p.getX() + gap + readout.getWidth() <= getWidth() ? p.getX() + gap : p.getX() - gap - readout.getWidth();
        double y = p.getY() + gap + readout.getHeight() <= getHeight() ? p.getY() + gap : p.getY() - gap - readout.getHeight();
        readout.relocate(Math.max(0, x), Math.max(0, y));
        readout.toFront();
    }

    protected final void hideReadout() {
        readout.setVisible(false);
    }

    /** Line widths and dash lengths of the series are multiplied by this (CSS {@code -fb-line-scale}, 1 by default). */
    public final double lineScale() {
        return lineScale.get();
    }

    /** Called when the CSS line scale changes: redraw what is stroked. */
    protected void lineScaleChanged(double scale) {
        legend.setLineScale(scale);
    }

    private void toggleInfo() {
        if (info == null) {
            info = new ChartInfoPopup(title.getText(), infoText());
        }
        info.toggle(infoButton);
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
        // Only a chart with data has something to copy; asked when shown, as subclasses are built after this.
        m.setOnShowing(e -> csv.setVisible(dataCsv().isPresent()));
        return m;
    }

    // ---- CSS: -fb-line-scale ----

    private static final CssMetaData<ChartFrame, Number> LINE_SCALE = new CssMetaData<>("-fb-line-scale",
            StyleConverter.getSizeConverter(), 1.0) {
        @Override
        public boolean isSettable(ChartFrame frame) {
            return !frame.lineScale.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(ChartFrame frame) {
            return frame.lineScale;
        }
    };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(VBox.getClassCssMetaData());
        all.add(LINE_SCALE);
        CSS_META_DATA = List.copyOf(all);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
