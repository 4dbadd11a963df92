package org.freqbias.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.run.RunRecord;

/**
 * One row of runs.csv: one run of a sweep at one target peak. Columns, in order: each varied key
 * (its value), {@code seed}, {@code peak} (the peak frequency; in 2D its two components joined by
 * ';'), {@code learning_time_network}, {@code network_learned} (false: the run ended first and the
 * time is a lower bound), {@code learning_time_pde}, {@code pde_learned}, {@code pure_damping_time}
 * (1 / ((2 pi)^d rho(xi)); Infinity where rho = 0), {@code agreement} (the largest network-vs-PDE
 * distance over the run), {@code final_loss} (the network's loss at its last step),
 * {@code diverged} (true: training stopped early; the times are up to that step). Numbers at
 * round-trip precision; an empty cell is no value (no PDE).
 *
 * @param pdeTime NaN without a PDE
 */
public record SweepRow(List<String> values, long seed, double[] peak, double networkTime, boolean networkLearned,
        double pdeTime, boolean pdeLearned, double pureDampingTime, double agreement, double finalLoss, boolean diverged) {

    public static final String FILE = "runs.csv";
    private static final List<String> COLUMNS = List.of("seed", "peak", "learning_time_network", "network_learned",
            "learning_time_pde", "pde_learned", "pure_damping_time", "agreement", "final_loss", "diverged");

    public SweepRow {
        values = List.copyOf(values);
        peak = peak.clone();
    }

    @Override
    public double[] peak() {
        return peak.clone();
    }

    /** |xi| of the peak. */
    public double peakMagnitude() {
        double s = 0;
        for (double v : peak) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** The header line of runs.csv for {@code grid}. */
    public static String header(SweepGrid grid) {
        List<String> names = new ArrayList<>();
        grid.axes().forEach(a -> names.add(a.key()));
        names.addAll(COLUMNS);
        return String.join(",", names);
    }

    /** The rows of run {@code p}: one per target peak, ascending in |xi|. */
    public static List<SweepRow> of(SweepPoint p, RunRecord r) {
        double[][] peaks = r.peaks();
        LearningTime[] network = r.networkPeakTimes();
        LearningTime[] pde = r.pdePeakTimes();
        double[] damping = r.pureDampingTimes();
        List<SweepRow> rows = new ArrayList<>();
        for (int k = 0; k < peaks.length; k++) {
            rows.add(new SweepRow(p.labels(), p.seed(), peaks[k], network[k].time(), !network[k].lowerBound(),
                    pde == null ? Double.NaN : pde[k].time(), pde != null && !pde[k].lowerBound(), damping[k],
                    r.agreement().max(), r.last().loss(), r.divergence() != null));
        }
        return rows;
    }

    /** This row as a line of runs.csv (no line break). */
    public String line() {
        StringBuilder b = new StringBuilder();
        values.forEach(v -> b.append(v).append(','));
        b.append(seed).append(',')
                .append(Arrays.stream(peak).mapToObj(SweepRow::number).collect(Collectors.joining(";"))).append(',')
                .append(number(networkTime)).append(',').append(networkLearned).append(',')
                .append(number(pdeTime)).append(',').append(Double.isNaN(pdeTime) ? "" : Boolean.toString(pdeLearned)).append(',')
                .append(number(pureDampingTime)).append(',')
                .append(number(agreement)).append(',')
                .append(number(finalLoss)).append(',')
                .append(diverged);
        return b.toString();
    }

    /**
     * Reads a line written by {@link #line} for a grid of {@code axes} keys.
     *
     * @throws SweepException when it does not have the columns of runs.csv
     */
    public static SweepRow parse(String line, int axes) {
        String[] cells = line.split(",", -1);
        if (cells.length != axes + COLUMNS.size()) {
            throw new SweepException("not a row of " + FILE + " (" + cells.length + " cells, expected " + (axes + COLUMNS.size()) + "): " + line);
        }
        try {
            int c = axes;
            return new SweepRow(List.of(cells).subList(0, axes), Long.parseLong(cells[c]),
                    Arrays.stream(cells[c + 1].split(";")).mapToDouble(SweepRow::parseNumber).toArray(),
                    parseNumber(cells[c + 2]), Boolean.parseBoolean(cells[c + 3]),
                    parseNumber(cells[c + 4]), Boolean.parseBoolean(cells[c + 5]),
                    parseNumber(cells[c + 6]), parseNumber(cells[c + 7]), parseNumber(cells[c + 8]),
                    Boolean.parseBoolean(cells[c + 9]));
        } catch (NumberFormatException e) {
            throw new SweepException("not a row of " + FILE + " (" + e.getMessage() + "): " + line);
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static double parseNumber(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
