package org.freqbias.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.freqbias.core.experiment.ReferenceFlow;
import org.freqbias.core.kernel.KrylovKernelFlow;

/** The reference flows a run was asked for, built in order with a progress line and their build times. */
final class References {

    private final List<ReferenceFlow> flows = new ArrayList<>();
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    /** Builds one flow now, telling stderr what it does and, after, how long it took. */
    void add(String doing, Supplier<ReferenceFlow> build) {
        System.err.println(doing + "...");
        long start = System.nanoTime();
        ReferenceFlow flow = build.get();
        double s = (System.nanoTime() - start) / 1e9;
        String basis = flow.flow() instanceof KrylovKernelFlow k ? " (Krylov basis of " + k.dimension() + " vectors)" : "";
        System.err.printf(java.util.Locale.ROOT, "  %s ready in %.1f s%s%n", flow.name(), s, basis);
        flows.add(flow);
        seconds.put(flow.name(), s);
    }

    List<ReferenceFlow> flows() {
        return List.copyOf(flows);
    }

    List<String> names() {
        return flows.stream().map(ReferenceFlow::name).toList();
    }

    /** Seconds spent building each flow, by name. */
    Map<String, Double> seconds() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }
}
