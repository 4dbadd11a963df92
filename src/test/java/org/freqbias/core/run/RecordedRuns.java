package org.freqbias.core.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.ExperimentRunner;
import org.freqbias.core.experiment.Frame;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionCodec;
import org.freqbias.core.session.SessionFiles;

/** Small real runs for the tests of this package: a sample session shrunk, run headless, recorded. */
final class RecordedRuns {

    /** A headless run: its result, its record and every frame it produced. */
    record Recorded(Setup setup, RunResult result, RunRecord record, List<Frame> frames) {
    }

    private RecordedRuns() {
    }

    /** {@code sample} with the given grid size, width and steps (snapshots every steps / 20). */
    static Session shrunk(String sample, int samples, int width, int steps) throws IOException {
        ObjectNode json = SessionCodec.toJson(SessionFiles.loadSample(sample));
        ((ObjectNode) json.get("domain")).put("samples", samples);
        ((ObjectNode) json.get("network")).put("width", width);
        ((ObjectNode) json.get("training")).put("steps", steps).put("snapshotEvery", Math.max(1, steps / 20));
        ((ObjectNode) json.get("pde")).put("elements", json.path("domain").path("dimension").asInt() == 1 ? samples : 2 * samples);
        return SessionCodec.fromJson(json, java.nio.file.Path.of("sample-sessions"));   // an image target's folder
    }

    /** Runs {@code session} headless with the given kernel flows and records it from its frames. */
    static Recorded run(Session session, KernelFlowKind... flows) throws IOException {
        Setup setup = Setup.of(session);
        Map<KernelFlowKind, KernelFlow> built = new java.util.EnumMap<>(KernelFlowKind.class);
        for (KernelFlowKind kind : flows) {
            built.put(kind, setup.kernelFlow(kind));
        }
        RunRecordBuilder builder = new RunRecordBuilder(setup);
        List<Frame> frames = new ArrayList<>();
        RunResult result = new ExperimentRunner(setup, Agreement.DEFAULT_MAX_FREQUENCY, built).run(frame -> {
            frames.add(frame);
            builder.add(frame);
        });
        return new Recorded(setup, result, builder.build(result.stepsDone(), result.divergence()), frames);
    }
}
