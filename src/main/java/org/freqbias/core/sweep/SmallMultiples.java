package org.freqbias.core.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the small-multiples figure of a sweep draws, from the rows of runs.csv: one panel per
 * combination of the varied values (the seeds pooled) when there are at most {@link #MAX_PANELS},
 * else one per value of the first varied key (the other keys pooled with the seeds). In each panel,
 * per target peak (by |xi|): the network's learning time as the mean over the panel's runs and its
 * spread as the smallest and largest, the PDE's as the mean where the PDE learned the peak in every
 * run (its curve through the peaks; a lower bound is not drawn, as in the run's learning-time chart),
 * and the pure damping time's mean. Panel titles name the keys by their last segment ("sigma = 2")
 * unless two keys share it.
 */
public record SmallMultiples(List<String> keys, List<Panel> panels) {

    /** Most panels drawn as combinations. */
    public static final int MAX_PANELS = 12;

    /**
     * One panel, its peaks ascending in |xi|.
     *
     * @param title         the panel's values, such as "distribution.sigma = 2, network.width = 64"
     * @param runs          rows pooled per peak (runs of the panel)
     * @param lowerBound    true where some run had not learned the peak (the mean is then a lower bound)
     * @param pdeMean       NaN where some run has no PDE time or only a lower bound
     */
    public record Panel(String title, double[] xi, double[] networkMean, double[] networkMin, double[] networkMax,
            boolean[] lowerBound, double[] pdeMean, double[] pureDamping, int runs) {
    }

    /** The panels of the rows of a sweep over {@code grid}, in the grid's order. */
    public static SmallMultiples of(SweepGrid grid, List<SweepRow> rows) {
        List<SweepAxis> axes = grid.axes();
        long combinations = axes.stream().mapToLong(SweepAxis::size).reduce(1, (a, b) -> a * b);
        int panelAxes = combinations <= MAX_PANELS ? axes.size() : 1;
        Map<List<String>, List<SweepRow>> byPanel = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            byPanel.computeIfAbsent(r.values().subList(0, panelAxes), k -> new ArrayList<>()).add(r);
        }
        List<Panel> panels = new ArrayList<>();
        byPanel.forEach((values, members) -> panels.add(panel(title(axes, values), members)));
        return new SmallMultiples(axes.stream().map(SweepAxis::key).toList(), panels);
    }

    /**
     * The figure's data as CSV: a header, then one row per panel and peak in drawing order: the
     * panel's title (quoted), |xi|, the network's mean, smallest and largest learning time, whether
     * the mean is a lower bound, the PDE's mean (empty where not drawn), the pure damping time and
     * the runs pooled. Times as drawn before the log scale, at round-trip precision.
     */
    public String csv() {
        StringBuilder b = new StringBuilder(
                "panel,xi,network_mean,network_min,network_max,network_lower_bound,pde_mean,pure_damping_time,runs\n");
        for (Panel p : panels) {
            String title = '"' + p.title().replace("\"", "\"\"") + '"';
            for (int k = 0; k < p.xi().length; k++) {
                b.append(title).append(',').append(p.xi()[k]).append(',').append(p.networkMean()[k]).append(',')
                        .append(p.networkMin()[k]).append(',').append(p.networkMax()[k]).append(',').append(p.lowerBound()[k]).append(',')
                        .append(Double.isNaN(p.pdeMean()[k]) ? "" : Double.toString(p.pdeMean()[k])).append(',')
                        .append(p.pureDamping()[k]).append(',').append(p.runs()).append('\n');
            }
        }
        return b.toString();
    }

    /** The keys by their last segment ("sigma"), or whole when two of them share it. */
    public static List<String> keyNames(List<SweepAxis> axes) {
        List<String> names = axes.stream().map(a -> a.key().substring(a.key().lastIndexOf('.') + 1)).toList();
        return names.stream().distinct().count() == names.size() ? names : axes.stream().map(SweepAxis::key).toList();
    }

    private static String title(List<SweepAxis> axes, List<String> values) {
        List<String> names = keyNames(axes);
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < values.size(); a++) {
            parts.add(names.get(a) + " = " + values.get(a));
        }
        return String.join(", ", parts);
    }

    private static Panel panel(String title, List<SweepRow> rows) {
        TreeMap<Double, List<SweepRow>> byPeak = new TreeMap<>();
        for (SweepRow r : rows) {
            byPeak.computeIfAbsent(r.peakMagnitude(), k -> new ArrayList<>()).add(r);
        }
        int n = byPeak.size();
        double[] xi = new double[n];
        double[] mean = new double[n];
        double[] min = new double[n];
        double[] max = new double[n];
        boolean[] bound = new boolean[n];
        double[] pde = new double[n];
        double[] damping = new double[n];
        int k = 0;
        int runs = 0;
        for (Map.Entry<Double, List<SweepRow>> e : byPeak.entrySet()) {
            List<SweepRow> at = e.getValue();
            runs = Math.max(runs, at.size());
            xi[k] = e.getKey();
            mean[k] = at.stream().mapToDouble(SweepRow::networkTime).average().orElse(Double.NaN);
            min[k] = at.stream().mapToDouble(SweepRow::networkTime).min().orElse(Double.NaN);
            max[k] = at.stream().mapToDouble(SweepRow::networkTime).max().orElse(Double.NaN);
            bound[k] = at.stream().anyMatch(r -> !r.networkLearned());
            pde[k] = at.stream().allMatch(SweepRow::pdeLearned)
                    ? at.stream().mapToDouble(SweepRow::pdeTime).average().orElse(Double.NaN) : Double.NaN;
            damping[k] = at.stream().mapToDouble(SweepRow::pureDampingTime).average().orElse(Double.NaN);
            k++;
        }
        return new Panel(title, xi, mean, min, max, bound, pde, damping, runs);
    }
}
