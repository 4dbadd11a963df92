package org.freqbias.app.chart;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.freqbias.core.experiment.History;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.run.KeptSnapshot;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * What the charts draw of a recorded run: its {@link RunRecord} read as {@link ChartData}, the kept
 * snapshots (stored as floats) widened to the rows the charts read, the PDE and each kernel flow as
 * a trajectory at the kept times, the learning times as the record tracked them over every snapshot.
 */
public final class RecordedChartData {

    private RecordedChartData() {
    }

    /** {@code record} as the charts draw it, shown at its newest kept snapshot. */
    public static ChartData of(RunRecord record) {
        List<KeptSnapshot> kept = record.snapshots();
        List<History.Row> rows = kept.stream()
                .map(s -> new History.Row(s.time(), s.step(), s.loss(), s.networkAbs(), s.fit())).toList();
        double[] times = record.snapshotTimes();
        boolean hasPde = record.hasPde() && kept.stream().allMatch(KeptSnapshot::hasPde);
        SpectrumTrajectory pde = hasPde
                ? new SpectrumTrajectory(record.grid(), times, kept.stream().map(KeptSnapshot::pdeAbs).toArray(double[][]::new),
                        kept.stream().mapToDouble(KeptSnapshot::pdeLoss).toArray())
                : null;
        Map<KernelFlowKind, SpectrumTrajectory> flows = new EnumMap<>(KernelFlowKind.class);
        double[] noLoss = new double[times.length];
        java.util.Arrays.fill(noLoss, Double.NaN); // the record keeps the flows' spectra, not their losses
        for (KernelFlowKind kind : record.kernelFlows()) {
            if (kept.stream().anyMatch(s -> s.kernelFlowAbs(kind) == null)) {
                continue;
            }
            flows.put(kind, new SpectrumTrajectory(record.grid(), times,
                    kept.stream().map(s -> s.kernelFlowAbs(kind)).toArray(double[][]::new), noLoss));
        }
        return new ChartData(record, rows, record.networkLearningTimes()::at, pde,
                hasPde ? record.pdeLearningTimes()::at : null, flows);
    }
}
