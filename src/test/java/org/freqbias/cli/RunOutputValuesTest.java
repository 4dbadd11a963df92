package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.pde.PdeProblem;
import org.freqbias.core.pde.PdeSolution;
import org.freqbias.core.pde.PdeSolver;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values in a run's files against independent computations made here (issue 10, "tests that
 * guard values"), at the run's last snapshot where network and PDE have parted: nn_abs against an
 * FFT (JTransforms directly, scaled here) of the fit of a network trained here to the same step,
 * loss_nn against 1/2 sum r^2 dx of that fit, pde_abs and loss_pde against a solve through
 * {@link PdeSolver}, peaks.csv against spectra.csv's rows, and summary.json's learning times
 * against a tracker run over spectra.csv. Swapping nn_abs and pde_abs, or the two loss columns, or
 * the two ratio columns fails here (checked by swapping them in RunTables).
 */
class RunOutputValuesTest {

    private static final int STEPS = 300;

    @TempDir
    static Path dir;

    private static Session session;
    private static Setup setup;
    private static Path out;
    /** spectra.csv as t to rows of {xi, nn_abs, pde_abs}, in file order. */
    private static Map<Double, List<double[]>> spectra;

    @BeforeAll
    static void run() throws IOException {
        Path file = dir.resolve("small.json");
        Files.writeString(file, RunCommandTest.SMALL);
        out = dir.resolve("out");
        CliRun r = CliRun.of("run", file.toString(), "--out", out.toString(), "--steps", "" + STEPS);
        assertEquals(0, r.code(), r.err());
        session = SessionFiles.load(file);
        session = session.withTraining(session.training().withSteps(STEPS));
        setup = Setup.of(session);
        spectra = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("spectra.csv"));
        assertEquals("t,xi,nn_abs,pde_abs", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            double[] v = cells(line);
            spectra.computeIfAbsent(v[0], t -> new ArrayList<>()).add(new double[] {v[1], v[2], v[3]});
        }
    }

    private static double[] cells(String line) {
        String[] c = line.split(",", -1);
        double[] v = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            v[i] = c[i].isEmpty() ? Double.NaN : Double.parseDouble(c[i]);
        }
        return v;
    }

    private static double lastTime() {
        return session.training().timeAt(STEPS);
    }

    private static double relativeMax(double[] expected, double[] actual) {
        double max = 0;
        double scale = 0;
        for (int k = 0; k < expected.length; k++) {
            max = Math.max(max, Math.abs(expected[k] - actual[k]));
            scale = Math.max(scale, Math.abs(expected[k]));
        }
        return max / scale;
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(row -> row[c]).toArray();
    }

    /** The residual f - g on the grid of a network trained here (one thread; training is the same on any count). */
    private static double[] trainedResidual() {
        double[] fit;
        try (Trainer trainer = setup.newTrainer(1)) {
            for (int i = 0; i < STEPS; i++) {
                trainer.step();
            }
            fit = trainer.fit();
        }
        double[] g = setup.target();
        double[] r = new double[fit.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = fit[i] - g[i];
        }
        return r;
    }

    @Test
    void nnAbsIsTheScaledFftOfTheTrainedNetworksResidualAndLossNnItsRiemannSum() throws IOException {
        double[] r = trainedResidual();
        int n = r.length;
        double dx = 2 * session.domain().halfWidth() / n;
        double[] full = new double[2 * n];
        System.arraycopy(r, 0, full, 0, n);
        new DoubleFFT_1D(n).realForwardFull(full);
        // r^(xi_k) = dx * sum_i r(x_i) e^(-i xi_k x_i), x_i = -L + i dx: dx (-1)^k DFT_k, so |r^| = dx |DFT_k|.
        double[] expected = new double[n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) {
            expected[k] = dx * Math.hypot(full[2 * k], full[2 * k + 1]);
        }
        List<double[]> last = spectra.get(lastTime());
        assertEquals(n / 2 + 1, last.size());
        for (int k = 0; k <= n / 2; k++) {
            assertEquals(k * Math.PI / session.domain().halfWidth(), last.get(k)[0], 1e-12);
        }
        // Measured 1.4e-16 (rounding of two FFTs of the same vector); the network and PDE columns
        // differ by 6 to 70 % here, so a swap fails by 14 orders of magnitude.
        double error = relativeMax(expected, column(last, 1));
        assertTrue(error < 5e-16, "nn_abs vs FFT of the trained fit: " + error);

        double sum = 0;
        for (double ri : r) {
            sum += ri * ri;
        }
        double[] lossRow = lossRow(lastTime());
        // Measured 0 (the same sum); 1e-15 allows one rounding of another summation order.
        assertEquals(0.5 * sum * dx, lossRow[1], 1e-15 * lossRow[1], "loss_nn");
    }

    @Test
    void pdeAbsAndLossPdeAreTheSolversAtEverySnapshotTime() throws IOException {
        PdeProblem problem = new PdeProblem(session.distribution(), session.network().sigmaA(), session.pde().diffusion(),
                session.pde().halfWidth(session.domain().nyquist()), session.pde().elements());
        PdeSolution pde = PdeSolver.solve(problem, session.domain(), setup.initialResidualOnGrid());
        double parted = 0;
        for (var e : spectra.entrySet()) {
            double t = e.getKey();
            double[] xi = column(e.getValue(), 0);
            double[] pdeAbs = column(e.getValue(), 2);
            // Measured 0 at all 31 times (the same solver, the same initial residual); 1e-15 allows one
            // rounding. Network and PDE differ by 6 to 70 % after t = 0.
            double error = relativeMax(pde.abs(t, xi), pdeAbs);
            assertTrue(error < 1e-15, "pde_abs at t = " + t + ": " + error);
            assertEquals(pde.loss(t), lossRow(t)[2], 1e-15 * pde.loss(t), "loss_pde at t = " + t);
            parted = Math.max(parted, relativeMax(pdeAbs, column(e.getValue(), 1)));
        }
        assertTrue(parted > 1e-3, "network and PDE must differ somewhere for the columns to be told apart: " + parted);
    }

    private static double[] lossRow(double t) throws IOException {
        for (String line : Files.readAllLines(out.resolve("loss.csv")).subList(1, spectra.size() + 1)) {
            double[] v = cells(line);
            if (v[0] == t) {
                return v;
            }
        }
        throw new AssertionError("no loss row at t = " + t);
    }

    @Test
    void peakRatiosAreSpectraRowsOverTheirFirstRow() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("peaks.csv"));
        assertEquals("t,xi,nn_ratio,pde_ratio", lines.get(0));
        int[] peaks = setup.peakIndices();
        List<double[]> first = spectra.get(0.0);
        int row = 1;
        for (var e : spectra.entrySet()) {
            for (int k : peaks) {
                double[] v = cells(lines.get(row++));
                double[] s = e.getValue().get(k);
                assertEquals(e.getKey(), v[0]);
                assertEquals(s[0], v[1]);
                // The same doubles divided: equal to the bit.
                assertEquals(s[1] / first.get(k)[1], v[2], 0.0, "nn_ratio");
                assertEquals(s[2] / first.get(k)[2], v[3], 0.0, "pde_ratio");
            }
        }
        assertEquals(lines.size(), row);
    }

    @Test
    void summaryLearningTimesAreATrackerRunOverSpectra() throws IOException {
        JsonNode summary = SessionFiles.JSON.readTree(out.resolve("summary.json").toFile());
        int[] peaks = setup.peakIndices();
        LearningTimeTracker nn = null;
        LearningTimeTracker pde = null;
        for (var e : spectra.entrySet()) {
            double[] nnAbs = column(e.getValue(), 1);
            double[] pdeAbs = column(e.getValue(), 2);
            if (nn == null) {
                nn = new LearningTimeTracker(nnAbs);
                pde = new LearningTimeTracker(pdeAbs);
            }
            nn.add(e.getKey(), nnAbs);
            pde.add(e.getKey(), pdeAbs);
        }
        JsonNode peakNodes = summary.get("peaks");
        assertEquals(peaks.length, peakNodes.size());
        int learned = 0;
        for (int p = 0; p < peaks.length; p++) {
            JsonNode node = peakNodes.get(p);
            assertEquals(setup.grid().frequency(peaks[p])[0], node.get("frequency").asDouble(), 0.0);
            learned += check(nn.at(peaks[p]), node.get("learningTimeNetwork"));
            check(pde.at(peaks[p]), node.get("learningTimePde"));
        }
        assertTrue(learned > 0 && learned < peaks.length, "a learned peak and an unlearned one, so the two kinds are both checked");
    }

    /** Returns 1 when {@code expected} is a learned time. */
    private static int check(LearningTime expected, JsonNode actual) {
        assertEquals(expected.time(), actual.get("time").asDouble(), 0.0);
        assertEquals(expected.lowerBound(), actual.get("lowerBound").asBoolean());
        return expected.lowerBound() ? 0 : 1;
    }
}
