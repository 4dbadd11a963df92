package org.freqbias.core.deep;

/**
 * The dense layers of one flat parameter vector ({@link ParameterLayout}) copied into the rows
 * {@link RowKernels} read: per hidden layer l the weight matrix W_l (n_l x n_{l+1}) both as its
 * rows and as its columns, its biases, and the output weights v. Loaded once per pass by one
 * thread, then read by all parts.
 */
final class WeightRows {

    private final ParameterLayout layout;
    /** rows[l][j]: the weights from input unit j of layer l to its n_{l+1} outputs. */
    final double[][][] rows;
    /** columns[l][o]: the weights from the n_l inputs of layer l to its output unit o. */
    final double[][][] columns;
    final double[][] bias;
    /** v, the n_k output weights. */
    final double[] output;

    WeightRows(ParameterLayout layout) {
        this.layout = layout;
        int hidden = layout.denseLayers() - 1;
        rows = new double[hidden][][];
        columns = new double[hidden][][];
        bias = new double[hidden][];
        for (int l = 0; l < hidden; l++) {
            rows[l] = new double[layout.inputWidth(l)][layout.outputWidth(l)];
            columns[l] = new double[layout.outputWidth(l)][layout.inputWidth(l)];
            bias[l] = new double[layout.outputWidth(l)];
        }
        output = new double[layout.inputWidth(hidden)];
    }

    /** Copies the dense layers of {@code params}; modifies only this object. */
    void load(double[] params) {
        for (int l = 0; l < rows.length; l++) {
            int offset = layout.weightOffset(l);
            int width = layout.outputWidth(l);
            double[][] w = rows[l];
            double[][] t = columns[l];
            for (int j = 0; j < w.length; j++) {
                System.arraycopy(params, offset + j * width, w[j], 0, width);
                for (int o = 0; o < width; o++) {
                    t[o][j] = w[j][o];
                }
            }
            System.arraycopy(params, layout.biasOffset(l), bias[l], 0, width);
        }
        System.arraycopy(params, layout.weightOffset(rows.length), output, 0, output.length);
    }
}
