package org.freqbias.app.chart;

import java.util.function.DoubleUnaryOperator;

/** Points (x[i], y[i]) of one curve as a chart draws it, in x order. */
record Curve(double[] x, double[] y) {

    static final Curve EMPTY = new Curve(new double[0], new double[0]);

    Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("one y per x: " + x.length + " x, " + y.length + " y");
        }
    }

    int size() {
        return x.length;
    }

    /** The same points with y mapped through {@code f} (a new curve). */
    Curve mapY(DoubleUnaryOperator f) {
        double[] out = new double[y.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(y[i]);
        }
        return new Curve(x, out);
    }
}
