package org.freqbias.core.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.Decimator;
import org.freqbias.core.experiment.Frame;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.numeric.Nearest;
import org.freqbias.core.session.PdeSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.FrequencyGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Makes a {@link RunRecord} from the stream of a run, written once for the two places runs come
 * from:
 * <ul>
 *   <li>a headless run (the CLI): every {@link Frame} of the {@link org.freqbias.core.experiment.ExperimentRunner}
 *       through {@link #add(Frame)}, the PDE and the kernel flows inside each frame;</li>
 *   <li>the app: every {@link Snapshot} as it arrives through {@link #add(Snapshot)}, and the PDE and
 *       kernel flows, solved at some of the run's snapshot times (the app solves them at the times
 *       its history keeps, {@link Setup#keptTimes()}: at most 512), whenever their results arrive,
 *       through {@link #pde(SpectrumTrajectory, PdeSpec)} and {@link #kernelFlow}.</li>
 * </ul>
 * One builder takes one of the two streams. Either way the network's learning times are tracked on
 * every snapshot at full precision, and the agreement on every snapshot the PDE was solved at (all of
 * them headless); the PDE's and kernel flows' learning times on their times up to the last snapshot
 * seen. A kept snapshot takes the PDE and kernel flows at their time nearest its own (the same time
 * headless). The snapshots kept for replay are a
 * {@link Decimator} of capacity clamp(budget / bytes per snapshot, {@value #MIN_KEPT}, {@value #MAX_KEPT}),
 * the budget {@link #DEFAULT_SNAPSHOT_BYTES} by default (1D N = 1024 keeps up to 682 snapshots,
 * 2D 64 x 64 about 100, 2D 256 x 256 the minimum of 16).
 *
 * <p>In the app the PDE may arrive after the first snapshots: their network spectra wait (at most
 * the budget in bytes; beyond it the oldest are dropped from the agreement) until it does. When the
 * PDE is replaced during the run (a PDE control changed), the record takes the newest one: its
 * spectra and learning times come from it, and the agreement restarts from the kept snapshots
 * (their float spectra) and then continues on every snapshot.
 *
 * <p>Owned by one thread (the CLI's run, the app's FX thread).
 */
public final class RunRecordBuilder {

    /** Bytes of kept snapshots a record aims at (fit, network, PDE and two kernel-flow spectra as floats). */
    public static final long DEFAULT_SNAPSHOT_BYTES = 8L << 20;
    /** Fewest snapshots kept, whatever their size. */
    public static final int MIN_KEPT = 16;
    /** Most snapshots kept, however small. */
    public static final int MAX_KEPT = 1024;
    /** Most points of the agreement series kept for drawing (its largest and final values use every snapshot). */
    public static final int MAX_AGREEMENTS = 4096;

    private enum Stream { NONE, FRAMES, SNAPSHOTS }

    /** A snapshot held for replay; its PDE and kernel flows are filled in at once (frames) or at build (app). */
    private static final class Row {
        final int step;
        final double time;
        final double loss;
        final float[] fit;
        final float[] network;
        double pdeLoss = Double.NaN;
        float[] pde;
        final Map<KernelFlowKind, float[]> flows = new EnumMap<>(KernelFlowKind.class);

        Row(Snapshot s, double[] networkAbs) {
            step = s.step();
            time = s.time();
            loss = s.loss();
            fit = KeptSnapshot.narrow(s.fit());
            network = KeptSnapshot.narrow(networkAbs);
        }
    }

    private record Point(double time, double value) {
    }

    /** A network spectrum waiting for the app's PDE. */
    private record Waiting(double time, double[] networkAbs) {
    }

    private Session session;
    private final FrequencyGrid grid;
    private final int gridSize;
    private final int[] peakIndices;
    private final double[] pureDampingTimes;
    private final float[] target;
    private final double[] snapshotTimes;
    private final double compareMaxFrequency;
    private final boolean[] compared;
    private final double[] network0;
    private final long snapshotBytes;
    private final LearningTimeTracker network;
    private final Decimator<Row> kept;
    private Decimator<Point> agreements = new Decimator<>(MAX_AGREEMENTS);
    private double maxAgreement = Double.NaN;
    private double lastAgreement = Double.NaN;
    private Stream stream = Stream.NONE;
    private int lastStep = -1;
    private double lastTime = Double.NaN;

    // From frames: trackers fed at every frame.
    private LearningTimeTracker pdeTracker;
    private final Map<KernelFlowKind, LearningTimeTracker> flowTrackers = new EnumMap<>(KernelFlowKind.class);

    // From the app: trajectories at all snapshot times, and spectra waiting for the PDE.
    private SpectrumTrajectory pde;
    private final Map<KernelFlowKind, SpectrumTrajectory> flows = new EnumMap<>(KernelFlowKind.class);
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private long waitingBytes;

    /** A builder for a run of {@code setup}, comparing spectra over |xi| &lt;= {@link Agreement#DEFAULT_MAX_FREQUENCY}. */
    public RunRecordBuilder(Setup setup) {
        this(setup, Agreement.DEFAULT_MAX_FREQUENCY);
    }

    /** A builder comparing network and PDE over |xi| &lt;= {@code compareMaxFrequency} (> 0). */
    public RunRecordBuilder(Setup setup, double compareMaxFrequency) {
        this(setup, compareMaxFrequency, DEFAULT_SNAPSHOT_BYTES);
    }

    /** As above, keeping about {@code snapshotBytes} of snapshots. */
    RunRecordBuilder(Setup setup, double compareMaxFrequency, long snapshotBytes) {
        if (!(compareMaxFrequency > 0)) {
            throw new IllegalArgumentException("compareMaxFrequency must be > 0, got " + compareMaxFrequency);
        }
        this.session = setup.session();
        this.grid = setup.grid();
        this.gridSize = grid.size();
        this.peakIndices = setup.peakIndices();
        this.pureDampingTimes = setup.pureDampingTimes();
        this.target = KeptSnapshot.narrow(setup.target());
        this.snapshotTimes = setup.snapshotTimes();
        this.compareMaxFrequency = compareMaxFrequency;
        this.compared = Agreement.within(setup.grid().magnitudes(), compareMaxFrequency);
        this.network0 = setup.initialResidual().abs();
        this.snapshotBytes = snapshotBytes;
        this.network = new LearningTimeTracker(network0);
        this.kept = new Decimator<>(capacity(snapshotBytes, target.length, gridSize));
    }

    /**
     * Snapshots kept for a budget of {@code bytes}: each holds the fit (points floats) and four
     * spectra (network, PDE, two kernel flows: 4 x grid floats).
     */
    static int capacity(long bytes, long points, long grid) {
        long each = 4 * (points + 4 * grid);
        return (int) Math.max(MIN_KEPT, Math.min(MAX_KEPT, bytes / each));
    }

    /**
     * The next frame of a headless run: its snapshot, the PDE and the kernel flows at its time.
     *
     * @throws IllegalStateException when this builder already takes the app's stream
     * @throws IllegalArgumentException when the frame goes back in time
     */
    public void add(Frame frame) {
        use(Stream.FRAMES);
        Snapshot s = frame.snapshot();
        if (!advance(s)) {
            return;
        }
        double[] networkAbs = s.spectrum().abs();
        network.add(s.time(), networkAbs);
        if (pdeTracker == null) {
            pdeTracker = new LearningTimeTracker(frame.pdeAbs());
        }
        pdeTracker.add(s.time(), frame.pdeAbs());
        frame.kernelFlows().forEach((kind, abs) ->
                flowTrackers.computeIfAbsent(kind, k -> new LearningTimeTracker(abs)).add(s.time(), abs));
        agree(s.time(), networkAbs, frame.pdeAbs());
        Row row = new Row(s, networkAbs);
        row.pde = KeptSnapshot.narrow(frame.pdeAbs());
        row.pdeLoss = frame.pdeLoss();
        frame.kernelFlows().forEach((kind, abs) -> row.flows.put(kind, KeptSnapshot.narrow(abs)));
        kept.add(row);
    }

    /**
     * The next snapshot of a run in the app (network only). A repeat of the last step is ignored.
     *
     * @throws IllegalStateException when this builder already takes a headless run's frames
     * @throws IllegalArgumentException when the snapshot goes back in time
     */
    public void add(Snapshot s) {
        use(Stream.SNAPSHOTS);
        if (!advance(s)) {
            return;
        }
        double[] networkAbs = s.spectrum().abs();
        network.add(s.time(), networkAbs);
        if (pde != null) {
            agreeIfSolved(s.time(), networkAbs);
        } else {
            waiting.addLast(new Waiting(s.time(), networkAbs));
            waitingBytes += 8L * networkAbs.length;
            while (waitingBytes > snapshotBytes && waiting.size() > 1) {
                waitingBytes -= 8L * waiting.removeFirst().networkAbs().length;
            }
        }
        kept.add(new Row(s, networkAbs));
    }

    /**
     * The PDE of the run in the app, solved with {@code settings} at some of the session's snapshot
     * times ({@link Setup#snapshotTimes()}, the first included) on the run's grid; replaces an earlier one. The record's
     * session takes these PDE settings (the app re-solves the PDE without restarting the run).
     *
     * @throws IllegalArgumentException when it lies on another grid or at other times
     */
    public void pde(SpectrumTrajectory trajectory, PdeSpec settings) {
        use(Stream.SNAPSHOTS);
        checkCovers(trajectory, "the PDE");
        boolean replacing = pde != null && pde != trajectory;
        pde = trajectory;
        session = session.withPde(settings);
        if (replacing) {
            restartAgreement();
        }
        while (!waiting.isEmpty()) {
            Waiting w = waiting.removeFirst();
            agreeIfSolved(w.time(), w.networkAbs());
        }
        waitingBytes = 0;
    }

    /**
     * The kernel flow of {@code kind} in the app, at some of the session's snapshot times (the first
     * included) on the run's grid ({@link Setup#kernelFlowTrajectory}); replaces an earlier one of that kind.
     *
     * @throws IllegalArgumentException when it lies on another grid or at other times
     */
    public void kernelFlow(KernelFlowKind kind, SpectrumTrajectory trajectory) {
        use(Stream.SNAPSHOTS);
        checkCovers(trajectory, "the " + kind.label() + " flow");
        flows.put(kind, trajectory);
    }

    /** True once a snapshot has been added. */
    public boolean hasSnapshots() {
        return lastStep >= 0;
    }

    /**
     * The record of the run so far.
     *
     * @param stepsDone  gradient-descent steps trained (at least the last snapshot's step)
     * @param divergence null, or the message of a run stopped because it diverged
     * @throws IllegalStateException before any snapshot
     */
    public RunRecord build(int stepsDone, String divergence) {
        if (!hasSnapshots()) {
            throw new IllegalStateException("a record needs at least one snapshot");
        }
        List<Row> rows = kept.items();
        LearningTimes pdeTimes;
        Map<KernelFlowKind, LearningTimes> flowTimes = new EnumMap<>(KernelFlowKind.class);
        List<KeptSnapshot> snapshots = new ArrayList<>(rows.size());
        if (stream == Stream.FRAMES) {
            pdeTimes = LearningTimes.of(pdeTracker, gridSize);
            flowTrackers.forEach((kind, tracker) -> flowTimes.put(kind, LearningTimes.of(tracker, gridSize)));
            for (Row r : rows) {
                snapshots.add(new KeptSnapshot(r.step, r.time, r.loss, r.pdeLoss, r.fit, r.network, r.pde, r.flows));
            }
        } else {
            pdeTimes = pde == null ? null : track(pde);
            flows.forEach((kind, trajectory) -> flowTimes.put(kind, track(trajectory)));
            for (Row r : rows) {
                float[] pdeAbs = pde == null ? null : KeptSnapshot.narrow(pde.abs()[nearestIndex(pde, r.time)]);
                double pdeLoss = pde == null ? Double.NaN : pde.loss()[nearestIndex(pde, r.time)];
                Map<KernelFlowKind, float[]> flowAbs = new EnumMap<>(KernelFlowKind.class);
                flows.forEach((kind, t) -> flowAbs.put(kind, KeptSnapshot.narrow(t.abs()[nearestIndex(t, r.time)])));
                snapshots.add(new KeptSnapshot(r.step, r.time, r.loss, pdeLoss, r.fit, r.network, pdeAbs, flowAbs));
            }
        }
        List<Point> series = agreements.items();
        Agreements agreement = new Agreements(compareMaxFrequency, series.stream().mapToDouble(Point::time).toArray(),
                series.stream().mapToDouble(Point::value).toArray(), maxAgreement, lastAgreement);
        return new RunRecord(session, peakIndices.clone(), pureDampingTimes.clone(), target.clone(), snapshots,
                LearningTimes.of(network, gridSize), pdeTimes, flowTimes, agreement, Math.max(stepsDone, lastStep),
                divergence);
    }

    private void use(Stream wanted) {
        if (stream != Stream.NONE && stream != wanted) {
            throw new IllegalStateException("this builder takes " + (stream == Stream.FRAMES ? "a headless run's frames"
                    : "the app's snapshots") + "; one builder records one stream");
        }
        stream = wanted;
    }

    /** False for a repeat of the last step; throws for a step back. */
    private boolean advance(Snapshot s) {
        if (s.step() == lastStep) {
            return false;
        }
        if (s.step() < lastStep || !(s.time() > lastTime || Double.isNaN(lastTime))) {
            throw new IllegalArgumentException("snapshots must come in step order: step " + s.step() + " (t = "
                    + s.time() + ") after step " + lastStep + " (t = " + lastTime + ")");
        }
        lastStep = s.step();
        lastTime = s.time();
        return true;
    }

    /** The agreement at snapshot time {@code t} when the app's PDE was solved then. */
    private void agreeIfSolved(double t, double[] networkAbs) {
        int i = Arrays.binarySearch(pde.times(), t);
        if (i >= 0) {
            agree(t, networkAbs, pde.abs()[i]);
        }
    }

    private void agree(double t, double[] networkAbs, double[] pdeAbs) {
        double d = Agreement.relativeDistance(compared, networkAbs, pdeAbs, network0);
        agreements.add(new Point(t, d));
        lastAgreement = d;
        if (!Double.isNaN(d) && !(d <= maxAgreement)) {
            maxAgreement = d;
        }
    }

    /** The agreement with a replaced PDE, from the kept snapshots' float spectra on. */
    private void restartAgreement() {
        agreements = new Decimator<>(MAX_AGREEMENTS);
        maxAgreement = Double.NaN;
        lastAgreement = Double.NaN;
        waiting.clear();
        for (Row r : kept.items()) {
            double[] networkAbs = new double[r.network.length];
            for (int k = 0; k < networkAbs.length; k++) {
                networkAbs[k] = r.network[k];
            }
            agreeIfSolved(r.time, networkAbs);
        }
    }

    /** Learning times of a trajectory over its times up to the last snapshot seen. */
    private LearningTimes track(SpectrumTrajectory t) {
        LearningTimeTracker tracker = new LearningTimeTracker(t.abs()[0]);
        double[] times = t.times();
        for (int i = 0; i < times.length && times[i] <= lastTime; i++) {
            tracker.add(times[i], t.abs()[i]);
        }
        return LearningTimes.of(tracker, gridSize);
    }

    private void checkCovers(SpectrumTrajectory t, String what) {
        if (!t.grid().equals(grid)) {
            throw new IllegalArgumentException(what + " lies on another frequency grid than this run's");
        }
        double[] times = t.times();
        boolean covered = times.length > 0 && times[0] == snapshotTimes[0];
        for (int i = 0; covered && i < times.length; i++) {
            covered = Arrays.binarySearch(snapshotTimes, times[i]) >= 0 && (i == 0 || times[i] > times[i - 1]);
        }
        if (!covered) {
            throw new IllegalArgumentException(what + " was solved at " + times.length
                    + " times that are not among this run's " + snapshotTimes.length + " snapshot times from t = 0");
        }
    }

    /** The index of the time of {@code t} nearest {@code time}. */
    private static int nearestIndex(SpectrumTrajectory t, double time) {
        double[] times = t.times();
        return Nearest.index(k -> times[k], times.length, time);
    }
}
