package org.freqbias.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.freqbias.core.experiment.PlaneFrame;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.io.AtomicFiles;

/**
 * The three CSV tables of a 2D run, streamed into staged files like {@link RunFiles}: spectra over
 * the whole centred frequency grid, the relative error at each target peak, and the losses.
 */
final class PlaneRunFiles implements AutoCloseable {

    private final String[] xi1;
    private final String[] xi2;
    private final int[] peaks;
    private final double[] nn0;
    private final double[] pde0;
    private final AtomicFiles.Staged spectra;
    private final AtomicFiles.Staged peakTable;
    private final AtomicFiles.Staged loss;

    PlaneRunFiles(Path dir, PlaneSetup setup) throws IOException {
        int size = setup.magnitudes().length;
        this.xi1 = new String[size];
        this.xi2 = new String[size];
        for (int c = 0; c < size; c++) {
            xi1[c] = Csv.number(setup.frequency(c, 0));
            xi2[c] = Csv.number(setup.frequency(c, 1));
        }
        this.peaks = setup.peakIndices();
        this.nn0 = setup.initialResidual().abs();
        this.pde0 = new double[size];
        this.spectra = AtomicFiles.stage(dir.resolve("spectra.csv"));
        this.peakTable = AtomicFiles.stage(dir.resolve("peaks.csv"));
        this.loss = AtomicFiles.stage(dir.resolve("loss.csv"));
        spectra.writer().write("t,xi1,xi2,nn_abs,pde_abs\n");
        peakTable.writer().write("t,xi1,xi2,nn_ratio,pde_ratio\n");
        loss.writer().write("t,loss_nn,loss_pde\n");
    }

    void write(PlaneFrame frame) throws IOException {
        double[] nn = frame.nnAbs();
        double[] pde = frame.pdeAbs();
        if (frame.step() == 0) {
            System.arraycopy(pde, 0, pde0, 0, pde.length);
        }
        String time = Csv.number(frame.time());
        Writer w = spectra.writer();
        for (int c = 0; c < nn.length; c++) {
            w.append(time).append(',').append(xi1[c]).append(',').append(xi2[c]).append(',')
                    .append(Csv.number(nn[c])).append(',').append(Csv.number(pde[c])).append('\n');
        }
        for (int c : peaks) {
            peakTable.writer().append(time).append(',').append(xi1[c]).append(',').append(xi2[c]).append(',')
                    .append(Csv.number(nn[c] / nn0[c])).append(',').append(Csv.number(pde[c] / pde0[c])).append('\n');
        }
        loss.writer().append(time).append(',').append(Csv.number(frame.loss())).append(',')
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
