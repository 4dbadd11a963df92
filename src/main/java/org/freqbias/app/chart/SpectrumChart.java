package org.freqbias.app.chart;

/**
 * Chart 2 of a 1D run: the error spectrum at the time shown, |r^(xi, t)| of the network, |u(xi, t)| of the PDE
 * and, when computed, |r^| of each kernel flow (the residual evolved by a fixed kernel), log scale.
 */
public final class SpectrumChart extends SpectrumCurvesChart {

    public SpectrumChart() {
        super("Error spectrum now", "spectrum", "frequency ξ (rad per unit x)", "ξ", "|ȓ(ξ)|", "network |ȓ(ξ,t)|", "|u(ξ,t)|");
    }

    /** The non-negative FFT frequencies up to the top of the axis. */
    @Override
    protected double[] frequencies(ChartData data, double top) {
        double[] xi = data.magnitudes();
        return Band.head(xi, Band.count(xi, top));
    }

    @Override
    protected double[] curve(ChartData data, double[] abs, int points) {
        return Band.head(abs, points);
    }
}
