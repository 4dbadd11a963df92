package org.freqbias.core.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * Tracks, for every pair of spectra in a run (network "nn", PDE "pde", each kernel flow by its
 * short name), their largest distance over time, keyed "nn-pde", "nn-ntk", "pde-ntk", ... in that
 * order of the spectra.
 */
final class Distances {

    private final boolean[] compared;
    private final double[] nn0;
    private final Map<String, Double> maxima = new LinkedHashMap<>();

    /** @param compared the frequencies compared ({@link Agreement#within}) */
    Distances(boolean[] compared, double[] nn0) {
        this.compared = compared;
        this.nn0 = nn0;
    }

    void add(double[] nn, double[] pde, Map<KernelFlowKind, double[]> kernelFlows) {
        Map<String, double[]> all = new LinkedHashMap<>();
        all.put("nn", nn);
        all.put("pde", pde);
        kernelFlows.forEach((kind, abs) -> all.put(kind.shortName(), abs));
        List<String> names = new ArrayList<>(all.keySet());
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                double d = Agreement.relativeDistance(compared, all.get(names.get(a)), all.get(names.get(b)), nn0);
                maxima.merge(names.get(a) + "-" + names.get(b), d, (x, y) -> Double.isNaN(x) ? y : Math.max(x, y));
            }
        }
    }

    Map<String, Double> maxima() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(maxima));
    }
}
