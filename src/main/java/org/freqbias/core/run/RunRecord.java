package org.freqbias.core.run;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.freqbias.core.experiment.BiasRatio;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.RunFacts;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.numeric.Nearest;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.FrequencyGrid;

/**
 * A recorded run as an immutable value, in 1D and 2D alike: the effective session (seed included),
 * the snapshots kept for replay ({@link KeptSnapshot}: a decimated history whose size is bounded by
 * bytes, with the PDE and the kernel flows at the same times), the learning time of every frequency
 * of the network, the PDE and each kernel flow, and the agreement of network and PDE over time.
 * The figures (learning times, the largest and final agreement) are the full-precision ones tracked
 * on every snapshot of the run; the kept snapshots are floats, only drawn. Made by
 * {@link RunRecordBuilder} (from a headless run's frames or the app's snapshots) and by the study
 * reader ({@link StudyFiles}); replayed and compared without training.
 *
 * <p>Spectra are indexed by the run's {@link #grid()} (1D: the non-negative FFT frequencies; 2D:
 * the centred square, row-major), fits by the data grid's points. Every accessor returns fresh arrays.
 */
public final class RunRecord implements RunFacts {

    private final Session session;
    private final FrequencyGrid grid;
    private final int[] peakIndices;
    private final double[] pureDampingTimes;
    private final ToDoubleFunction<double[]> pureDamping;
    private final float[] target;
    private final List<KeptSnapshot> snapshots;
    private final double[] snapshotTimes;
    private final LearningTimes network;
    private final LearningTimes pde;
    private final Map<KernelFlowKind, LearningTimes> kernelFlows;
    private final Agreements agreement;
    private final int stepsDone;
    private final String divergence;
    private final long bytes;

    /** Taken over as given (the builder and the study reader pass fresh arrays and validated shapes). */
    RunRecord(Session session, int[] peakIndices, double[] pureDampingTimes, float[] target,
            List<KeptSnapshot> snapshots, LearningTimes network, LearningTimes pde,
            Map<KernelFlowKind, LearningTimes> kernelFlows, Agreements agreement, int stepsDone, String divergence) {
        this.session = Objects.requireNonNull(session, "session");
        this.grid = FrequencyGrid.of(session.domain());
        if (peakIndices.length != pureDampingTimes.length) {
            throw new IllegalArgumentException("one pure-damping time per peak");
        }
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("a record keeps at least one snapshot");
        }
        this.peakIndices = peakIndices;
        this.pureDampingTimes = pureDampingTimes;
        this.pureDamping = Setup.pureDampingOf(session);
        this.target = target;
        this.snapshots = List.copyOf(snapshots);
        this.snapshotTimes = this.snapshots.stream().mapToDouble(KeptSnapshot::time).toArray();
        this.network = Objects.requireNonNull(network, "network");
        this.pde = pde;
        this.kernelFlows = kernelFlows.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(kernelFlows));
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.stepsDone = stepsDone;
        this.divergence = divergence;
        this.bytes = countBytes();
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public FrequencyGrid grid() {
        return grid;
    }

    /** g at the grid points, as drawn (floats widened). */
    @Override
    public double[] target() {
        double[] out = new double[target.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = target[i];
        }
        return out;
    }

    // ---- the kept snapshots ----

    /** The kept snapshots, oldest first: the first is step 0, the last the newest snapshot of the run. */
    public List<KeptSnapshot> snapshots() {
        return snapshots;
    }

    /** The times of {@link #snapshots()}, ascending. */
    public double[] snapshotTimes() {
        return snapshotTimes.clone();
    }

    /** The index into {@link #snapshots()} of the kept snapshot nearest to {@code t} (the earlier on a tie). */
    public int indexNearest(double t) {
        return Nearest.index(i -> snapshotTimes[i], snapshotTimes.length, t);
    }

    /** The kept snapshot nearest to {@code t}. */
    public KeptSnapshot nearest(double t) {
        return snapshots.get(indexNearest(t));
    }

    /** The newest kept snapshot: where the run stopped. */
    public KeptSnapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }

    /** True when the PDE's prediction is recorded (at every kept snapshot, and its learning times). */
    public boolean hasPde() {
        return pde != null;
    }

    /** The kernel flows recorded, in kind order. */
    public java.util.Set<KernelFlowKind> kernelFlows() {
        return kernelFlows.keySet();
    }

    // ---- the peaks and learning times ----

    @Override
    public int[] peakIndices() {
        return peakIndices.clone();
    }

    /** |r^(xi, 0)| as kept with the first snapshot, the run's step 0 (floats widened). */
    @Override
    public double[] initialAbs() {
        return snapshots.get(0).networkAbs();
    }

    @Override
    public double pureDampingTime(double[] xi) {
        return pureDamping.applyAsDouble(xi);
    }

    /** Per peak, 1 / ((2 pi)^d rho(xi)): the learning time without diffusion (infinite where rho = 0). */
    public double[] pureDampingTimes() {
        return pureDampingTimes.clone();
    }

    /** The network's learning time of every grid frequency. */
    public LearningTimes networkLearningTimes() {
        return network;
    }

    /** The PDE's learning time of every grid frequency; null without a PDE. */
    public LearningTimes pdeLearningTimes() {
        return pde;
    }

    /** The learning times of the kernel flow of {@code kind}; null when it was not recorded. */
    public LearningTimes kernelFlowLearningTimes(KernelFlowKind kind) {
        return kernelFlows.get(kind);
    }

    /** The network's learning time at each peak. */
    public LearningTime[] networkPeakTimes() {
        return network.at(peakIndices);
    }

    /** The PDE's learning time at each peak; null without a PDE. */
    public LearningTime[] pdePeakTimes() {
        return pde == null ? null : pde.at(peakIndices);
    }

    /** tau(highest peak) / tau(lowest peak) of the network. */
    public BiasRatio networkBias() {
        return BiasRatio.of(networkPeakTimes());
    }

    /** The same of the PDE; unknown without a PDE. */
    public BiasRatio pdeBias() {
        return pde == null ? new BiasRatio(Double.NaN, BiasRatio.Kind.UNKNOWN) : BiasRatio.of(pdePeakTimes());
    }

    // ---- agreement ----

    /** Network against PDE over time, its largest and final value ({@link Agreements}). */
    public Agreements agreement() {
        return agreement;
    }

    // ---- how far it went ----

    /** Gradient-descent steps done. */
    public int stepsDone() {
        return stepsDone;
    }

    /** True when the run reached the session's last step without diverging. */
    public boolean finished() {
        return divergence == null && stepsDone >= session.training().steps();
    }

    /** Null, or the message of a run stopped because it diverged. */
    public String divergence() {
        return divergence;
    }

    /**
     * Heap bytes this record holds: its snapshots' arrays, the learning times, the agreement series,
     * the target and the session ({@link Footprint}: counted as the JVM lays them out).
     */
    public long bytes() {
        return bytes;
    }

    /** The stored floats of the target, for the study writer (never modify). */
    float[] rawTarget() {
        return target;
    }

    private long countBytes() {
        long sum = Footprint.OBJECT_HEADER + 17 * Footprint.REFERENCE + 8
                + 2 * Footprint.OBJECT_HEADER + 4 * Footprint.REFERENCE // pureDamping: a lambda over a Dimension record
                + Footprint.session(session)
                + Footprint.array(4, peakIndices.length) + Footprint.doubles(pureDampingTimes.length)
                + Footprint.floats(target.length) + Footprint.doubles(snapshotTimes.length)
                + Footprint.array(Footprint.REFERENCE, snapshots.size()) + Footprint.OBJECT_HEADER
                + network.bytes() + (pde == null ? 0 : pde.bytes()) + agreement.bytes();
        for (KeptSnapshot s : snapshots) {
            sum += s.bytes();
        }
        for (LearningTimes t : kernelFlows.values()) {
            sum += t.bytes();
        }
        return sum;
    }
}
