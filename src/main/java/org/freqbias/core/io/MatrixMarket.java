package org.freqbias.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.ejml.data.DMatrixSparseCSC;

/**
 * Sparse matrices in the Matrix Market exchange format ({@code scipy.io.mmread} reads it):
 * coordinate, real, symmetric (the lower triangle, 1-based indices, values to full double precision).
 */
public final class MatrixMarket {

    private MatrixMarket() {
    }

    /** Writes the lower triangle of the symmetric matrix {@code m} to {@code target}, atomically. */
    public static void writeSymmetric(Path target, DMatrixSparseCSC m, String comment) throws IOException {
        int lower = 0;
        for (int col = 0; col < m.numCols; col++) {
            for (int k = m.col_idx[col]; k < m.col_idx[col + 1]; k++) {
                lower += m.nz_rows[k] >= col ? 1 : 0;
            }
        }
        try (AtomicFiles.Staged staged = AtomicFiles.stage(target)) {
            Writer w = staged.writer();
            w.write("%%MatrixMarket matrix coordinate real symmetric\n");
            w.write("% " + comment.replace("\n", "\n% ") + "\n");
            w.write(m.numRows + " " + m.numCols + " " + lower + "\n");
            for (int col = 0; col < m.numCols; col++) {
                for (int k = m.col_idx[col]; k < m.col_idx[col + 1]; k++) {
                    if (m.nz_rows[k] >= col) {
                        w.write(String.format(Locale.ROOT, "%d %d %.17g%n", m.nz_rows[k] + 1, col + 1, m.nz_values[k]));
                    }
                }
            }
            staged.commit();
        }
    }
}
