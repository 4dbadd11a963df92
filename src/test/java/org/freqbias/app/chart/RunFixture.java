package org.freqbias.app.chart;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.TrainingSpec;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run of the small UI session (N = 256, width 256) fed to the charts as the app feeds them: every
 * snapshot into a history and a learning-time tracker, the PDE solved at the snapshot times.
 */
final class RunFixture implements AutoCloseable {

    final Setup setup;
    final History history;
    final SpectrumTrajectory pde;
    private final LearningTimeTracker learningTimes;
    private final TrainingRun run;

    /** A run of {@code steps} steps with a snapshot every {@code every}, its history holding {@code capacity} rows. */
    RunFixture(int steps, int every, int capacity) throws Exception {
        Session small;
        try (InputStream in = RunFixture.class.getResourceAsStream("/ui/small.json")) {
            small = SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small.json");
        }
        setup = Setup.of(small.withTraining(new TrainingSpec(0.01, steps, 1, every)));
        history = new History(capacity);
        learningTimes = new LearningTimeTracker(setup.initialResidual().abs());
        pde = setup.predictionAt(setup.snapshotTimes());
        run = new TrainingRun(setup, 1);
        record(run.snapshot());
    }

    /** Trains {@code snapshots} more snapshot intervals. */
    RunFixture advance(int snapshots) {
        for (int i = 0; i < snapshots && !run.finished(); i++) {
            record(run.advance());
        }
        return this;
    }

    private void record(Snapshot s) {
        history.add(new History.Row(s.time(), s.step(), s.loss(), s.spectrum().abs()));
        learningTimes.add(s.time(), s.spectrum().abs());
    }

    /** What the charts draw now, a new object at every call. */
    ChartData data() {
        return new ChartData(setup, history, learningTimes, pde, Map.of());
    }

    @Override
    public void close() {
        run.close();
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
