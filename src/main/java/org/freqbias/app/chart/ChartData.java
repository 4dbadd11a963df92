package org.freqbias.app.chart;

import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;

/**
 * Everything the six charts draw, as plain values: the run's setup, its newest snapshot, its
 * history, and the PDE prediction (null while none is solved). Charts read it, never modify it.
 *
 * @param pdeSetup the setup the prediction was solved for (its snapshot times); null with it
 */
public record ChartData(Setup setup, Snapshot latest, History history, Setup pdeSetup, Prediction prediction) {

    /** True when a prediction exists on the same frequency grid as the network's spectrum. */
    public boolean hasPde() {
        return prediction != null && pdeSetup != null
                && pdeSetup.frequencies().length == setup.frequencies().length;
    }

    /** Total gradient-flow time of the full run, eta * steps. */
    public double totalTime() {
        double[] t = setup.snapshotTimes();
        return t[t.length - 1];
    }

    /**
     * Upper end of the frequency axes: twice the highest target peak, at most the Nyquist
     * frequency; the agreement figure is measured over the same band.
     */
    public double maxFrequency() {
        double top = 0;
        for (double p : setup.peaks()) {
            top = Math.max(top, p);
        }
        double nyquist = setup.domain().nyquist();
        if (!(top > 0) || 2 * top >= nyquist) {
            return nyquist;
        }
        double step = Ticks.niceStep(2 * top, 8);
        return Math.min(nyquist, Math.ceil(2 * top / step) * step);
    }

    /** Index into the prediction's times nearest to {@code t}. */
    public int pdeIndexAt(double t) {
        double[] times = prediction.times();
        int best = 0;
        for (int i = 1; i < times.length; i++) {
            if (Math.abs(times[i] - t) < Math.abs(times[best] - t)) {
                best = i;
            }
        }
        return best;
    }
}
