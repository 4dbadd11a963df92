package org.freqbias.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.io.AtomicFiles;

/**
 * The three CSV tables of a run (spectra, peaks, loss), streamed row by row into staged files so
 * memory stays bounded and a reader never sees a half-written table; {@link #commit} moves all
 * three into place. The same tables serve 1D and 2D runs: only the frequency columns differ
 * ("xi" or "xi1,xi2"), so each frequency index comes with its pre-formatted coordinate cells.
 */
final class RunTables implements AutoCloseable {

    private final String[] coordinates;
    private final int[] peaks;
    private final double[] nn0;
    private final double[] pde0;
    private final AtomicFiles.Staged spectra;
    private final AtomicFiles.Staged peakTable;
    private final AtomicFiles.Staged loss;

    private RunTables(Path dir, String coordinateHeader, String[] coordinates, int[] peaks, double[] nn0,
            List<String> referenceNames) throws IOException {
        this.coordinates = coordinates;
        this.peaks = peaks;
        this.nn0 = nn0;
        this.pde0 = new double[coordinates.length];
        this.spectra = AtomicFiles.stage(dir.resolve("spectra.csv"));
        this.peakTable = AtomicFiles.stage(dir.resolve("peaks.csv"));
        this.loss = AtomicFiles.stage(dir.resolve("loss.csv"));
        StringBuilder header = new StringBuilder("t,").append(coordinateHeader).append(",nn_abs,pde_abs");
        referenceNames.forEach(name -> header.append(',').append(name).append("_abs"));
        spectra.writer().write(header.append('\n').toString());
        peakTable.writer().write("t," + coordinateHeader + ",nn_ratio,pde_ratio\n");
        loss.writer().write("t,loss_nn,loss_pde\n");
    }

    /** @param referenceNames the kernel flows whose spectra get a column each, in order */
    static RunTables line(Path dir, Setup setup, List<String> referenceNames) throws IOException {
        double[] xi = setup.frequencies();
        String[] cells = new String[xi.length];
        for (int k = 0; k < xi.length; k++) {
            cells[k] = Csv.number(xi[k]);
        }
        return new RunTables(dir, "xi", cells, setup.peakIndices(), setup.initialResidual().abs(), referenceNames);
    }

    /** @param referenceNames the kernel flows whose spectra get a column each, in order */
    static RunTables plane(Path dir, PlaneSetup setup, List<String> referenceNames) throws IOException {
        int size = setup.magnitudes().length;
        String[] cells = new String[size];
        for (int c = 0; c < size; c++) {
            cells[c] = Csv.number(setup.frequency(c, 0)) + "," + Csv.number(setup.frequency(c, 1));
        }
        return new RunTables(dir, "xi1,xi2", cells, setup.peakIndices(), setup.initialResidual().abs(), referenceNames);
    }

    /**
     * One snapshot: |r^| of the network and the PDE (and of each reference flow) at every frequency,
     * their ratios to t = 0 at the peaks, and both losses.
     */
    void write(int step, double t, double lossNn, double[] nn, double[] pde, double lossPde,
            Collection<double[]> references) throws IOException {
        if (step == 0) {
            System.arraycopy(pde, 0, pde0, 0, pde.length);
        }
        String time = Csv.number(t);
        Writer w = spectra.writer();
        for (int k = 0; k < coordinates.length; k++) {
            w.append(time).append(',').append(coordinates[k]).append(',')
                    .append(Csv.number(nn[k])).append(',').append(Csv.number(pde[k]));
            for (double[] ref : references) {
                w.append(',').append(Csv.number(ref[k]));
            }
            w.append('\n');
        }
        for (int k : peaks) {
            peakTable.writer().append(time).append(',').append(coordinates[k]).append(',')
                    .append(Csv.number(nn[k] / nn0[k])).append(',').append(Csv.number(pde[k] / pde0[k])).append('\n');
        }
        loss.writer().append(time).append(',').append(Csv.number(lossNn)).append(',')
                .append(Csv.number(lossPde)).append('\n');
    }

    void commit() throws IOException {
        spectra.commit();
        peakTable.commit();
        loss.commit();
    }

    @Override
    public void close() throws IOException {
        spectra.close();
        peakTable.close();
        loss.close();
    }
}
