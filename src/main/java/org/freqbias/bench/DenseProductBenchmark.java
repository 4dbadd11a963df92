package org.freqbias.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.freqbias.core.deep.RowKernels;
import org.freqbias.core.numeric.PartRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The two large products of the deep step (issue 15 shape), the project's row kernels against
 * EJML's dense ones, single- and multi-threaded: {@code forward*} is C = A B with A the 1024 x 512
 * Fourier block and B the 512 x 128 first hidden layer (67 M multiply-adds); {@code gradient*} is
 * C = A^T D with D 1024 x 128 (the first layer's weight gradient, as many). Ours split the rows
 * of A over two parts for the two-thread figure, as the trainer does; EJML's _MT_ products use its
 * own pool.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DenseProductBenchmark {

    private static final int N = 1024;
    private static final int FEATURES = 512;
    private static final int HIDDEN = 128;

    private double[][] a;
    private double[][] b;
    private double[][] d;
    private double[][] c;
    private double[][][] halves;
    private double[][][] halvesOfC;
    private double[][][] halvesOfD;
    private double[][][] partialGradients;
    private double[][] gradient;
    private DMatrixRMaj matrixA;
    private DMatrixRMaj matrixB;
    private DMatrixRMaj matrixD;
    private DMatrixRMaj product;
    private DMatrixRMaj gradientProduct;
    private PartRunner two;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(5);
        a = gaussian(rng, N, FEATURES);
        b = gaussian(rng, FEATURES, HIDDEN);
        d = gaussian(rng, N, HIDDEN);
        c = new double[N][HIDDEN];
        gradient = new double[FEATURES][HIDDEN];
        halves = new double[][][] {Arrays.copyOfRange(a, 0, N / 2), Arrays.copyOfRange(a, N / 2, N)};
        halvesOfC = new double[][][] {Arrays.copyOfRange(c, 0, N / 2), Arrays.copyOfRange(c, N / 2, N)};
        halvesOfD = new double[][][] {Arrays.copyOfRange(d, 0, N / 2), Arrays.copyOfRange(d, N / 2, N)};
        partialGradients = new double[2][FEATURES][HIDDEN];
        matrixA = new DMatrixRMaj(a);
        matrixB = new DMatrixRMaj(b);
        matrixD = new DMatrixRMaj(d);
        product = new DMatrixRMaj(N, HIDDEN);
        gradientProduct = new DMatrixRMaj(FEATURES, HIDDEN);
        two = new PartRunner(2, "product-benchmark");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        two.close();
    }

    @Benchmark
    public double[][] forwardRowKernels() {
        clear(c);
        RowKernels.multiplyAdd(a, b, c, N, 1.0);
        return c;
    }

    @Benchmark
    public double[][] forwardRowKernelsTwoThreads() {
        clear(c);
        two.run(t -> RowKernels.multiplyAdd(halves[t], b, halvesOfC[t], N / 2, 1.0));
        return c;
    }

    @Benchmark
    public DMatrixRMaj forwardEjml() {
        return CommonOps_DDRM.mult(matrixA, matrixB, product);
    }

    @Benchmark
    public DMatrixRMaj forwardEjmlMultiThreaded() {
        return CommonOps_MT_DDRM.mult(matrixA, matrixB, product);
    }

    @Benchmark
    public double[][] gradientRowKernels() {
        clear(gradient);
        RowKernels.transposeMultiplyAdd(a, d, gradient, N, 1.0);
        return gradient;
    }

    /** Each part sums its half of the rows; the halves are added in order, as the trainer does. */
    @Benchmark
    public double[][] gradientRowKernelsTwoThreads() {
        two.run(t -> {
            clear(partialGradients[t]);
            RowKernels.transposeMultiplyAdd(halves[t], halvesOfD[t], partialGradients[t], N / 2, 1.0);
        });
        for (int j = 0; j < FEATURES; j++) {
            for (int o = 0; o < HIDDEN; o++) {
                gradient[j][o] = partialGradients[0][j][o] + partialGradients[1][j][o];
            }
        }
        return gradient;
    }

    @Benchmark
    public DMatrixRMaj gradientEjml() {
        return CommonOps_DDRM.multTransA(matrixA, matrixD, gradientProduct);
    }

    @Benchmark
    public DMatrixRMaj gradientEjmlMultiThreaded() {
        return CommonOps_MT_DDRM.multTransA(matrixA, matrixD, gradientProduct);
    }

    private static void clear(double[][] rows) {
        for (double[] row : rows) {
            Arrays.fill(row, 0);
        }
    }

    private static double[][] gaussian(SplittableRandom rng, int rows, int cols) {
        double[][] x = new double[rows][cols];
        for (double[] row : x) {
            for (int o = 0; o < cols; o++) {
                row[o] = rng.nextGaussian();
            }
        }
        return x;
    }
}
