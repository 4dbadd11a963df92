package org.freqbias.app.chart;

import java.util.List;
import org.freqbias.core.grid.Domain;

/**
 * 2D chart: the target g, the network's fit f_t and the residual f_t - g over the plane, on one
 * diverging colour scale symmetric about 0 (white), from -max|g| to max|g|, with its colour bar.
 * The residual fades as the network learns.
 */
public final class FieldsChart extends ChartFrame {

    private final HeatMap target = new HeatMap("target g", "x₁", "x₂");
    private final HeatMap fit = new HeatMap("network f_t", "x₁", "x₂");
    private final HeatMap residual = new HeatMap("residual f_t − g", "x₁", "x₂");
    private final ColourBar bar = new ColourBar(ColourMap.DIVERGING, "value");
    /** The target's image, made once per setup (the target does not change during a run). */
    private Object targetSetup;
    private double[][] targetField;

    public FieldsChart() {
        super("Target, fit and residual over the plane", "fields");
        setPlot(new SquareImageRow(List.of(target, fit, residual), bar));
    }

    /** Wide enough for the square images side by side. */
    @Override
    public double exportWidth() {
        return 1500;
    }

    @Override
    protected void draw(ChartData data) {
        int n = data.setup().domain().samples();
        double[] g = data.setup().target();
        double[] f = data.latest().fit();
        double[] r = new double[f.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = f[i] - g[i];
        }
        double top = PlaneImages.maxAbs(g);
        Domain d = data.setup().domain();
        double lo = -d.halfWidth();
        double hi = d.halfWidth();
        if (data.setup() != targetSetup) {
            targetSetup = data.setup();
            targetField = PlaneImages.field(g, n);
        }
        target.draw(targetField, ColourMap.DIVERGING, -top, top, lo, hi, lo, hi);
        fit.draw(PlaneImages.field(f, n), ColourMap.DIVERGING, -top, top, lo, hi, lo, hi);
        residual.draw(PlaneImages.field(r, n), ColourMap.DIVERGING, -top, top, lo, hi, lo, hi);
        bar.setLinearRange(-top, top);
    }
}
