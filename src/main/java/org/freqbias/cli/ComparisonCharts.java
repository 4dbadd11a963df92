package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.freqbias.app.chart.ChartView;
import org.freqbias.app.chart.Palette;
import org.freqbias.app.chart.RecordedChartData;
import org.freqbias.app.chart.RunStyle;
import org.freqbias.app.chart.RunView;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.core.run.Study;

/**
 * {@code compare --png}: the runs compared overlaid on the app's learning-time, F-principle and
 * spectrum charts (in 2D the radial profile), each run in its colour and named in the legend, as
 * the app's overlay mode draws them, at each run's last kept snapshot. A chart holds at most
 * {@link Palette#RUNS} runs of one dimension: the first ones of the first run's dimension are drawn.
 */
final class ComparisonCharts {

    /** The file-name stem: comparison-learning-time.png, ... */
    static final String NAME = "comparison";
    private static final Set<String> CHARTS = Set.of("learning-time", "fprinciple", "spectrum", "radial");
    private static final double SCALE = 2;

    private ComparisonCharts() {
    }

    /** What the charts draw of {@code runs} (in order; at least one). */
    static ChartView view(List<Study.Run> runs) {
        int dimension = runs.get(0).record().session().domain().dimension();
        List<RunView> drawn = new ArrayList<>();
        for (Study.Run run : runs) {
            if (drawn.size() < Palette.RUNS && run.record().session().domain().dimension() == dimension) {
                drawn.add(new RunView(RecordedChartData.of(run.record()), run.name(), RunStyle.slot(drawn.size())));
            }
        }
        double time = runs.stream().mapToDouble(r -> r.record().totalTime()).max().orElseThrow();
        return new ChartView(drawn, time);
    }

    /** Writes the overlaid charts of {@code runs} into {@code dir}; says on stderr which runs were left out. */
    static List<Path> write(Path dir, List<Study.Run> runs) throws IOException, InterruptedException {
        ChartView view = view(runs);
        if (view.runs().size() < runs.size()) {
            System.err.printf("compare: the overlaid charts show the first %d run(s) of dimension %d; %d left out%n",
                    view.runs().size(), view.dimension(), runs.size() - view.runs().size());
        }
        List<Path> written = ChartExporter.writeAll(view, dir, NAME, ChartFormats.png(SCALE), CHARTS::contains);
        System.err.println("wrote " + written.size() + " overlaid charts (" + NAME + "-*.png) in " + dir);
        return written;
    }
}
