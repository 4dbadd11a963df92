package org.freqbias.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.freqbias.core.experiment.Frame;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.io.AtomicFiles;

/**
 * The three CSV tables of a run, streamed row by row into staged files so memory stays bounded
 * and a reader never sees a half-written table. {@link #commit} moves all three into place.
 */
final class RunFiles implements AutoCloseable {

    private final double[] xi;
    private final int[] peaks;
    private final double[] nn0;
    private final double[] pde0;
    private final AtomicFiles.Staged spectra;
    private final AtomicFiles.Staged peakTable;
    private final AtomicFiles.Staged loss;

    private RunFiles(Path dir, Setup setup, List<String> referenceNames) throws IOException {
        this.xi = setup.frequencies();
        this.peaks = setup.peakIndices();
        this.nn0 = setup.initialResidual().abs();
        this.pde0 = new double[xi.length];
        this.spectra = AtomicFiles.stage(dir.resolve("spectra.csv"));
        this.peakTable = AtomicFiles.stage(dir.resolve("peaks.csv"));
        this.loss = AtomicFiles.stage(dir.resolve("loss.csv"));
        StringBuilder header = new StringBuilder("t,xi,nn_abs,pde_abs");
        referenceNames.forEach(name -> header.append(',').append(name).append("_abs"));
        spectra.writer().write(header.append('\n').toString());
        peakTable.writer().write("t,xi,nn_ratio,pde_ratio\n");
        loss.writer().write("t,loss_nn,loss_pde\n");
    }

    /** @param referenceNames the kernel flows whose spectra get a column each, in order */
    static RunFiles open(Path dir, Setup setup, List<String> referenceNames) throws IOException {
        return new RunFiles(dir, setup, referenceNames);
    }

    void write(Frame frame) throws IOException {
        double t = frame.snapshot().time();
        double[] nn = frame.snapshot().spectrum().abs();
        double[] pde = frame.pdeAbs();
        if (frame.snapshot().step() == 0) {
            System.arraycopy(pde, 0, pde0, 0, pde.length);
        }
        String time = Csv.number(t);
        Writer w = spectra.writer();
        for (int k = 0; k < xi.length; k++) {
            w.append(time).append(',').append(Csv.number(xi[k])).append(',')
                    .append(Csv.number(nn[k])).append(',').append(Csv.number(pde[k]));
            for (double[] ref : frame.references().values()) {
                w.append(',').append(Csv.number(ref[k]));
            }
            w.append('\n');
        }
        for (int k : peaks) {
            peakTable.writer().append(time).append(',').append(Csv.number(xi[k])).append(',')
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

    @Override
    public void close() throws IOException {
        spectra.close();
        peakTable.close();
        loss.close();
    }
}
