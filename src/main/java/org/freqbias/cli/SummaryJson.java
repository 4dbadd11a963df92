package org.freqbias.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.freqbias.core.experiment.BiasRatio;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.io.AtomicFiles;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionCodec;
import org.freqbias.core.session.SessionFiles;

/** summary.json: agreement figures, learning times per peak, the bias ratio, timings, the session. */
final class SummaryJson {

    private SummaryJson() {
    }

    /**
     * @param pdeIsExact false when the PDE is only a reference (a deep network): adds a note
     * @param maxStableLearningRate the kernel's stability limit, when known (2-layer sessions)
     * @param kernelFlowSeconds time spent building each kernel flow (empty without)
     */
    static void write(Path file, Session session, boolean pdeIsExact, RunResult r, double compareMaxFrequency,
            OptionalDouble maxStableLearningRate, Map<KernelFlowKind, Double> kernelFlowSeconds) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("stepsDone", r.stepsDone());
        root.put("finalTime", r.times().isEmpty() ? 0 : r.times().get(r.times().size() - 1));
        if (r.divergence() != null) {
            root.put("diverged", r.divergence());
        }

        ObjectNode agreement = root.putObject("agreement");
        agreement.put("definition", "||nn_abs - pde_abs|| / ||nn_abs(t=0)|| over the grid frequencies with |xi| <= maxFrequency");
        agreement.put("maxFrequency", compareMaxFrequency);
        number(agreement, "max", r.maxAgreement());
        number(agreement, "final", r.agreements().isEmpty() ? Double.NaN : r.agreements().get(r.agreements().size() - 1));
        ObjectNode pairs = agreement.putObject("maxDistanceByPair");
        r.maxDistances().forEach((pair, d) -> number(pairs, pair, d));
        ArrayNode byTime = agreement.putArray("byTime");
        for (int i = 0; i < r.times().size(); i++) {
            double d = r.agreements().get(i);
            ArrayNode row = byTime.addArray().add(r.times().get(i));
            if (Double.isNaN(d)) {
                row.addNull();
            } else {
                row.add(d);
            }
        }

        ArrayNode peaks = root.putArray("peaks");
        for (int p = 0; p < r.peaks().length; p++) {
            double[] xi = r.peaks()[p];
            ObjectNode peak = peaks.addObject();
            if (xi.length == 1) {
                peak.put("frequency", xi[0]);
            } else {
                ArrayNode vector = peak.putArray("frequency");
                for (double component : xi) {
                    vector.add(component);
                }
            }
            learningTime(peak.putObject("learningTimeNetwork"), r.networkPeakTimes()[p]);
            learningTime(peak.putObject("learningTimePde"), r.pdePeakTimes()[p]);
            if (!r.kernelFlowPeakTimes().isEmpty()) {
                ObjectNode byFlow = peak.putObject("learningTimeByKernelFlow");
                int index = p;
                r.kernelFlowPeakTimes().forEach((kind, times) -> learningTime(byFlow.putObject(kind.shortName()), times[index]));
            }
            number(peak, "pureDampingTime", r.pureDampingTimes()[p]);
        }
        ObjectNode bias = root.putObject("bias");
        bias.put("definition", "learning time of the highest target peak / that of the lowest");
        ratio(bias.putObject("network"), r.networkBias());
        ratio(bias.putObject("pde"), r.pdeBias());

        if (maxStableLearningRate.isPresent()) {
            ObjectNode stability = root.putObject("stability");
            stability.put("definition", "gradient descent on the kernel-limit linearization is stable for learningRate < 2 / lambda_max(Theta dx^d), d the dimension");
            number(stability, "maxStableLearningRate", maxStableLearningRate.getAsDouble());
            stability.put("learningRate", session.training().learningRate());
        }

        ObjectNode timing = root.putObject("timing");
        timing.put("trainSeconds", r.trainSeconds());
        timing.put("pdeSeconds", r.pdeSeconds());
        timing.put("stepsPerSecond", r.stepsDone() / Math.max(r.trainSeconds(), 1e-9));
        if (!kernelFlowSeconds.isEmpty()) {
            ObjectNode flows = timing.putObject("kernelFlowSeconds");
            kernelFlowSeconds.forEach((kind, seconds) -> flows.put(kind.shortName(), seconds));
        }

        if (!pdeIsExact) {
            root.put("note", "this network has hidden layers: the PDE (and pde_abs) is the 2-layer theory, "
                    + "drawn as a reference; it is exact only for two layers in the kernel regime");
        }
        root.set("session", SessionCodec.toJson(session));
        AtomicFiles.writeString(file, SessionFiles.JSON.writeValueAsString(root) + System.lineSeparator());
    }

    private static void learningTime(ObjectNode node, LearningTime t) {
        node.put("time", t.time());
        node.put("lowerBound", t.lowerBound());
    }

    /**
     * Writes a number, or null where there is none JSON can hold: undefined (a ratio with fewer
     * than two peaks) or infinite (pure damping where rho = 0: never learned).
     */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static void ratio(ObjectNode node, BiasRatio b) {
        number(node, "value", b.value());
        node.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
