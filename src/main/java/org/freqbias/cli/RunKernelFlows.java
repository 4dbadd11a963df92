package org.freqbias.cli;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.kernel.KrylovKernelFlow;

/** The kernel flows a run was asked for, built in order with a progress line each and their build times. */
final class RunKernelFlows {

    private final Map<KernelFlowKind, KernelFlow> flows = new EnumMap<>(KernelFlowKind.class);
    private final Map<KernelFlowKind, Double> seconds = new EnumMap<>(KernelFlowKind.class);
    private final Consumer<String> log;

    /** @param log receives the progress lines */
    RunKernelFlows(Consumer<String> log) {
        this.log = log;
    }

    /** Builds the flow of {@code kind} now, telling the log what it does and, after, how long it took. */
    void build(Setup setup, KernelFlowKind kind) {
        log.accept("building the " + kind.label() + " flow...");
        long start = System.nanoTime();
        KernelFlow flow = setup.kernelFlow(kind);
        double s = (System.nanoTime() - start) / 1e9;
        String basis = flow instanceof KrylovKernelFlow k ? " (Krylov basis of " + k.dimension() + " vectors)" : "";
        log.accept(String.format(Locale.ROOT, "  %s ready in %.1f s%s", kind.shortName(), s, basis));
        flows.put(kind, flow);
        seconds.put(kind, s);
    }

    /** The flows built, in kind order. */
    Map<KernelFlowKind, KernelFlow> flows() {
        return Collections.unmodifiableMap(flows);
    }

    /** Seconds spent building each flow. */
    Map<KernelFlowKind, Double> seconds() {
        return Collections.unmodifiableMap(seconds);
    }
}
