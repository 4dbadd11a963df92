package org.freqbias.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.io.AtomicFiles;
import org.freqbias.core.run.RunRecord;

/**
 * comparison.csv: one row per run and target peak, runs in the order given, written atomically.
 * Columns: {@code run} (its name), {@code peak} (the peak frequency; in 2D its two components
 * joined by ';'), {@code learning_time_network}, {@code network_learned} (false: the run ended
 * first and the time is a lower bound), {@code learning_time_pde}, {@code pde_learned},
 * {@code pure_damping_time} (1 / ((2 pi)^d rho(xi)); Infinity where rho = 0),
 * {@code agreement} (the largest network-vs-PDE distance over the run), {@code bias_ratio_network},
 * {@code bias_ratio_pde} (learning time of the highest peak over the lowest's). Empty cells: no
 * value (no PDE, fewer than two peaks).
 */
final class ComparisonTable {

    static final String FILE = "comparison.csv";
    static final String HEADER = "run,peak,learning_time_network,network_learned,learning_time_pde,pde_learned,"
            + "pure_damping_time,agreement,bias_ratio_network,bias_ratio_pde";

    /** A run's row label and its record. */
    record Row(String run, RunRecord record) {
    }

    private ComparisonTable() {
    }

    static Path write(Path dir, List<Row> runs) throws IOException {
        Path file = dir.resolve(FILE);
        try (AtomicFiles.Staged staged = AtomicFiles.stage(file)) {
            Writer w = staged.writer();
            w.write(HEADER + "\n");
            for (Row row : runs) {
                RunRecord r = row.record();
                double[][] peaks = r.peaks();
                LearningTime[] network = r.networkPeakTimes();
                LearningTime[] pde = r.pdePeakTimes();
                double[] damping = r.pureDampingTimes();
                for (int p = 0; p < peaks.length; p++) {
                    w.append(cell(row.run())).append(',')
                            .append(Arrays.stream(peaks[p]).mapToObj(Csv::number).collect(Collectors.joining(";"))).append(',')
                            .append(Csv.number(network[p].time())).append(',').append(Boolean.toString(!network[p].lowerBound())).append(',')
                            .append(pde == null ? "," : Csv.number(pde[p].time()) + "," + !pde[p].lowerBound()).append(',')
                            .append(Csv.number(damping[p])).append(',')
                            .append(Csv.number(r.agreement().max())).append(',')
                            .append(Csv.number(r.networkBias().value())).append(',')
                            .append(Csv.number(r.pdeBias().value())).append('\n');
                }
            }
            staged.commit();
        }
        return file;
    }

    /** A text cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String cell(String text) {
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
