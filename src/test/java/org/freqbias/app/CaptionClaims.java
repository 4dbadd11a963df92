package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.experiment.History;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Every number a shipped lesson's caption states, checked against what the run in the app shows
 * when the player has done that step's actions. Tolerances are the rounding of the caption ("t =
 * 1.1" is 1.05 to 1.15); the figures measured here (seed 0) are in the comments, and the same
 * figures come out of {@code run} on the same sessions. A change of the engine that moves a figure
 * out of its caption's rounding fails here: then the caption must be rewritten.
 */
final class CaptionClaims {

    /** Figures one step remembers for a later caption that compares with them. */
    private final Map<String, Double> remembered = new HashMap<>();

    /** Checks the claims of step {@code k} of the lesson {@code name} on what {@code model} shows now. */
    void check(String name, int k, ExperimentModel model) {
        ChartData d = model.chartDataProperty().get();
        String at = name + " step " + (k + 1) + ": ";
        switch (name + "#" + k) {
            case "low-frequencies-first#1" -> {
                // At t = 1.2: 0.340, 0.637, 0.960.
                assertEquals(1.2, d.time(), 1e-9);
                assertEquals(1 / 3.0, latestRatio(d, 0), 0.02, at + "a third left at 2");
                assertEquals(2 / 3.0, latestRatio(d, 1), 0.04, at + "two thirds left at 6");
                assertTrue(latestRatio(d, 2) > 0.93, at + "hardly moved at 11");
            }
            case "low-frequencies-first#2" -> {
                assertEquals(1.1, network(d, 0).time(), 0.05, at); // 1.102
                assertEquals(3.0, network(d, 1).time(), 0.05, at); // 2.995
                assertEquals(0.9, latestRatio(d, 2), 0.01, at + "about 0.9 at 11, t = 4"); // 0.898
            }
            case "low-frequencies-first#3" -> {
                assertEquals(2 / 3.0, latestRatio(d, 2), 0.03, at + "two thirds left at 11, t = 20"); // 0.649
                assertTrue(network(d, 2).lowerBound(), at);
            }
            case "low-frequencies-first#4" -> assertEquals(0.03, model.agreementProperty().get(), 0.005, at); // 3.1 %
            case "choosing-rho#0" -> {
                assertEquals(1.1, network(d, 0).time(), 0.05, at);
                assertEquals(3.0, network(d, 1).time(), 0.05, at);
                assertTrue(network(d, 2).lowerBound(), at + "11 not learned by t = 20");
                remembered.put("gaussian loss", model.lossProperty().get());
            }
            case "choosing-rho#1" -> {
                for (int p = 0; p < 3; p++) {
                    assertEquals(3.0, network(d, p).time(), 0.15, at + "near t = 3, peak " + p); // 3.02, 3.10, 2.91
                }
            }
            case "choosing-rho#2" -> {
                assertEquals(0.0002, model.lossProperty().get(), 0.00005, at); // 0.000200
                assertEquals(0.21, remembered.get("gaussian loss"), 0.005, at); // 0.2086
            }
            case "choosing-rho#3" -> {
                assertEquals(1.8, network(d, 2).time(), 0.05, at); // 1.847
                assertEquals(6.6, network(d, 1).time(), 0.05, at); // 6.566
                assertEquals(2 / 3.0, latestRatio(d, 0), 0.03, at); // 0.648
            }
            case "when-theory-holds#0" -> {
                assertEquals(0.002, model.kernelAgreementProperty().get(), 0.0005, at); // 0.18 %
                assertEquals(0.03, model.agreementProperty().get(), 0.005, at); // 3.1 %
            }
            case "when-theory-holds#1" -> assertEquals(0.012, model.linearizedDistanceProperty().get(), 0.0005, at);
            case "when-theory-holds#2" -> {
                assertEquals(64, d.session().network().width());
                assertEquals(0.25, model.agreementProperty().get(), 0.005, at); // 25.2 %
                assertEquals(6.9, network(d, 1).time(), 0.05, at); // 6.92
                assertEquals(3.0, pde(d, 1).time(), 0.05, at); // 3.03
            }
            case "when-theory-holds#3" -> {
                double[] lin = d.flowPeakRatios(KernelFlowKind.LINEARIZED, 1);
                assertTrue(last(lin) > Math.exp(-1), at + "the linearized network has not learned 6 by t = 20");
            }
            case "bias-in-2d#2" -> {
                assertEquals(1.5, network(d, 0).time(), 0.05, at); // 1.536
                assertEquals(2.5, network(d, 1).time(), 0.05, at); // 2.489
                assertEquals(5.4, network(d, 2).time(), 0.05, at); // 5.427
                assertEquals(3.5, network(d, 2).time() / network(d, 0).time(), 0.05, at); // 3.53
            }
            case "bias-in-2d#4" -> assertEquals(1.6, network(d, 2).time() / network(d, 0).time(), 0.05, at); // 1.58
            default -> {
                // no number in this caption
            }
        }
    }

    /** The network's |r^| at peak p over its start, at the latest snapshot. */
    private static double latestRatio(ChartData d, int p) {
        List<History.Row> rows = d.rows();
        return d.peakRatio(p).applyAsDouble(rows.get(rows.size() - 1));
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }

    /** The network's learning time of peak p. */
    private static LearningTime network(ChartData d, int p) {
        return d.learningTime(d.facts().peakIndex(p));
    }

    /** The PDE's learning time of peak p, tracked over its trajectory at the snapshot times. */
    private static LearningTime pde(ChartData d, int p) {
        SpectrumTrajectory u = d.pde();
        LearningTimeTracker tracker = new LearningTimeTracker(u.abs()[0]);
        for (int i = 0; i < u.times().length; i++) {
            tracker.add(u.times()[i], u.abs()[i]);
        }
        return tracker.at(d.facts().peakIndex(p));
    }
}
