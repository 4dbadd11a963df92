package org.freqbias.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import org.freqbias.core.experiment.Frame;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.io.AtomicFiles;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.FrequencyGrid;

/**
 * The three CSV tables of a run (spectra, peaks, loss), streamed row by row into staged files so
 * memory stays bounded and a reader never sees a half-written table; {@link #commit} moves all
 * three into place. The same tables serve 1D and 2D runs: only the frequency columns differ
 * ("xi" or "xi1,xi2"), and the grid formats them. Every run-level column lives here: a new column
 * of spectra.csv, peaks.csv or loss.csv is a change to this class alone.
 */
final class RunTables implements AutoCloseable {

    private final String[] coordinates;
    private final int[] peaks;
    private final double[] nn0;
    private final double[] pde0;
    private final AtomicFiles.Staged spectra;
    private final AtomicFiles.Staged peakTable;
    private final AtomicFiles.Staged loss;

    /** @param kernelFlows the kernel flows whose spectra get a column each ({@code ntk_abs}, {@code lin_abs}), in order */
    RunTables(Path dir, Setup setup, Collection<KernelFlowKind> kernelFlows) throws IOException {
        FrequencyGrid grid = setup.grid();
        String coordinateHeader = grid.coordinateHeader();
        this.coordinates = new String[grid.size()];
        for (int k = 0; k < coordinates.length; k++) {
            coordinates[k] = grid.coordinates(k);
        }
        this.peaks = setup.peakIndices();
        this.nn0 = setup.initialResidual().abs();
        this.pde0 = new double[coordinates.length];
        this.spectra = AtomicFiles.stage(dir.resolve("spectra.csv"));
        this.peakTable = AtomicFiles.stage(dir.resolve("peaks.csv"));
        this.loss = AtomicFiles.stage(dir.resolve("loss.csv"));
        StringBuilder header = new StringBuilder("t,").append(coordinateHeader).append(",nn_abs,pde_abs");
        kernelFlows.forEach(kind -> header.append(',').append(kind.shortName()).append("_abs"));
        spectra.writer().write(header.append('\n').toString());
        peakTable.writer().write("t," + coordinateHeader + ",nn_ratio,pde_ratio\n");
        loss.writer().write("t,loss_nn,loss_pde\n");
    }

    /**
     * One frame: |r^| of the network and the PDE (and of each kernel flow) at every frequency,
     * their ratios to t = 0 at the peaks, and both losses.
     */
    void write(Frame frame) throws IOException {
        int step = frame.snapshot().step();
        double t = frame.snapshot().time();
        double[] nn = frame.snapshot().spectrum().abs();
        double[] pde = frame.pdeAbs();
        Collection<double[]> kernelFlows = frame.kernelFlows().values();
        if (step == 0) {
            System.arraycopy(pde, 0, pde0, 0, pde.length);
        }
        String time = Csv.number(t);
        Writer w = spectra.writer();
        for (int k = 0; k < coordinates.length; k++) {
            w.append(time).append(',').append(coordinates[k]).append(',')
                    .append(Csv.number(nn[k])).append(',').append(Csv.number(pde[k]));
            for (double[] flow : kernelFlows) {
                w.append(',').append(Csv.number(flow[k]));
            }
            w.append('\n');
        }
        for (int k : peaks) {
            peakTable.writer().append(time).append(',').append(coordinates[k]).append(',')
                    .append(Csv.number(nn[k] / nn0[k])).append(',').append(Csv.number(pde[k] / pde0[k])).append('\n');
        }
        loss.writer().append(time).append(',').append(Csv.number(frame.snapshot().loss())).append(',')
                .append(Csv.number(frame.pdeLoss())).append('\n');
    }

    void commit() throws IOException {
        spectra.commit();
        peakTable.commit();
        loss.commit();
    }

    /** Closes all three, each even when closing another failed (a full disk fails the flushes). */
    @Override
    public void close() throws IOException {
        try (AtomicFiles.Staged a = spectra; AtomicFiles.Staged b = peakTable; AtomicFiles.Staged c = loss) {
            // closed in reverse order by try-with-resources, every one of them
        }
    }
}
