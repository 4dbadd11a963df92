package org.freqbias.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.experiment.ExperimentRunner;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.ReferenceFlow;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;

/** A headless 1D run kept as {@code run --png} keeps it for its charts: the history, the last snapshot, the snapshot times. */
record LineRun(Setup setup, History history, Snapshot latest, double[] times) {

    /** Runs {@code setup} with the kernel flows {@code references} (compared over |xi| <= 20). */
    static LineRun of(Setup setup, List<ReferenceFlow> references) throws IOException {
        History history = new History();
        List<Double> times = new ArrayList<>();
        Snapshot[] latest = new Snapshot[1];
        new ExperimentRunner(setup, 20, references).run(frame -> {
            history.add(frame.snapshot());
            times.add(frame.snapshot().time());
            latest[0] = frame.snapshot();
        });
        return new LineRun(setup, history, latest[0], times.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** What the charts draw, with {@code views} drawn as the app's kernel views. */
    ChartData chartData(List<ReferenceFlow> views) {
        return RunCommand.chartData(setup, history, latest, times, views);
    }
}
