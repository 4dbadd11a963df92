package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.RunView;
import org.freqbias.app.model.RunRow;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.experiment.History;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Copy as CSV of the heat maps, read back from the system clipboard once a run has finished: each
 * cell's value at the point it was sampled at (the grid's frequencies and positions, the snapshots'
 * times, written here from the domain's formulas, not where the cell is drawn) against the run's own
 * arrays at known cells. 1D: gaussian-bias narrowed (512 neurons, 600 steps, a snapshot every 20);
 * 2D: the small plane session (32 x 32, 60 steps).
 */
class HeatMapCsvUiTest extends UiHarness {

    /** Coordinates from the formulas here against the grid's: measured 0 difference; 1e-12 allows another order of operations. */
    private static final double COORDINATE = 1e-12;


    @Start
    void start(Stage stage) throws IOException {
        show(stage, RunsUiTest.quick("gaussian-bias"));
    }

    /** Trains {@code session} to its end and waits until the charts show its last snapshot with the PDE. */
    private void trainToTheEnd(Session session) throws Exception {
        run(() -> model.load(session, ""));
        int steps = session.training().steps();
        waitFor(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().session().name().equals(session.name()));
        run(model::play);
        waitFor(() -> model.stepProperty().get() == steps && model.chartDataProperty().get().step() == steps
                && model.chartDataProperty().get().hasPde() && controller.chartsCaughtUp());
    }

    /** Fires Copy as CSV of {@code chart}: its blocks (separated by empty lines), each as rows of cells, header first. */
    private List<List<String[]>> copy(ChartFrame chart) throws Exception {
        String csv = fx(() -> {
            MenuItem item = chart.exportMenu().getItems().stream().filter(i -> "Copy as CSV".equals(i.getText())).findFirst().orElseThrow();
            item.fire();
            return Clipboard.getSystemClipboard().getString();
        });
        assertTrue(fx(() -> model.messageProperty().get()).startsWith("Copied the data of " + chart.title()));
        List<List<String[]>> blocks = new ArrayList<>();
        for (String block : csv.split("\n\n")) {
            blocks.add(block.lines().map(AppUiTest::csvCells).toList());
        }
        return blocks;
    }

    /** A map's column: the block that holds it and its index there. */
    private record Column(List<String[]> block, int index) {
    }

    private static Column column(List<List<String[]>> blocks, String name) {
        for (List<String[]> block : blocks) {
            int i = List.of(block.get(0)).indexOf(name);
            if (i >= 0) {
                return new Column(block, i);
            }
        }
        throw new AssertionError("no column " + name);
    }

    /** The row of {@code block} at coordinates (a, b), within {@link #COORDINATE}. */
    private static String[] at(List<String[]> block, double a, double b) {
        return block.stream().skip(1).filter(r -> near(a, Double.parseDouble(r[0])) && near(b, Double.parseDouble(r[1])))
                .findFirst().orElseThrow(() -> new AssertionError("no row at (" + a + ", " + b + ")"));
    }

    private static boolean near(double expected, double actual) {
        return Math.abs(expected - actual) <= COORDINATE * Math.max(1, Math.abs(expected));
    }

    @Test
    void theSpectrogramCopiesEachSnapshotAndPdeTimeAtTheGridsFrequencies() throws Exception {
        trainToTheEnd(RunsUiTest.quick("gaussian-bias"));
        ChartFrame chart = fx(() -> controller.charts().chart("spectrogram").orElseThrow());
        ChartData data = fx(() -> chart.drawnView().lead().data());
        List<List<String[]>> blocks = copy(chart);
        // The PDE at the kept snapshots' times shares their block (after the run); at other times it has its own.
        Column network = column(blocks, "network |ȓ(ξ, t)|");
        Column pdeColumn = column(blocks, "PDE |u(ξ, t)|");
        for (Column c : List.of(network, pdeColumn)) {
            assertEquals(List.of("t", "ξ"), List.of(c.block().get(0)).subList(0, 2));
        }
        // The frequencies: xi_j = j pi / L up to the band drawn, from 0 (the sample point, not the drawn cell's middle).
        Domain domain = data.domain();
        double dxi = Math.PI / domain.halfWidth();
        int band = (int) Math.floor(data.maxFrequency() / dxi + 1e-9) + 1;
        TreeSet<Double> xis = new TreeSet<>();
        network.block().stream().skip(1).forEach(r -> xis.add(Double.parseDouble(r[1])));
        assertEquals(band, xis.size());
        assertEquals(0.0, xis.first(), 0.0);
        assertTrue(near((band - 1) * dxi, xis.last()), xis.last() + " vs " + (band - 1) * dxi);

        // Every kept snapshot (31: t = 0, 0.2, ..., 6) at its own time, and its |ȓ| at the peaks and at xi = 0.
        List<History.Row> rows = data.rows();
        assertEquals(rows.size() * band, network.block().size() - 1);
        int peak = data.facts().peakIndex(0);
        for (History.Row row : List.of(rows.get(0), rows.get(rows.size() / 2), rows.get(rows.size() - 1))) {
            for (int j : new int[] {0, peak}) {
                String[] r = at(network.block(), row.time(), j * dxi);
                assertEquals(row.abs()[j], Double.parseDouble(r[network.index()]), 0.0, "t = " + row.time() + ", j = " + j);
            }
        }

        // The PDE at the times of its trajectory the map shows: the last one, |u| at the peak.
        SpectrumTrajectory pde = data.pde();
        int last = pde.times().length - 1;
        String[] r = at(pdeColumn.block(), pde.times()[last], peak * dxi);
        assertEquals(pde.abs()[last][peak], Double.parseDouble(r[pdeColumn.index()]), 0.0);
    }

    @Test
    void theSpectrumAndFieldMapsCopyEachCellAtItsSamplePoint() throws Exception {
        trainToTheEnd(PlaneAppUiTest.smallPlane());
        ChartFrame spectrum = fx(() -> controller.planeCharts().chart("spectrum").orElseThrow());
        ChartData data = fx(() -> spectrum.drawnView().lead().data());
        Domain domain = data.domain();
        int n = domain.samples();
        double l = domain.halfWidth();

        List<List<String[]>> blocks = copy(spectrum);
        assertEquals(1, blocks.size(), "network and PDE on one grid: one block");
        List<String[]> block = blocks.get(0);
        assertEquals(List.of("ξ₁", "ξ₂", "network |ȓ(ξ, t)|", "PDE |u(ξ, t)|"), List.of(block.get(0)));
        // The square drawn: the centred frequencies (i - N/2) pi / L with |xi_a| <= the compared frequency, both axes.
        double dxi = Math.PI / l;
        long side = java.util.stream.IntStream.range(1, n).filter(i -> Math.abs((i - n / 2) * dxi) <= data.maxFrequency() + 1e-9).count();
        assertEquals(side * side, block.size() - 1);
        for (int p = 0; p < data.peakCount(); p++) {
            int k = data.facts().peakIndex(p);
            String[] r = at(block, (k / n - n / 2) * dxi, (k % n - n / 2) * dxi);
            assertEquals(data.networkAbs()[k], Double.parseDouble(r[2]), 0.0, "network at peak " + p);
            assertEquals(data.pdeAbs()[k], Double.parseDouble(r[3]), 0.0, "PDE at peak " + p);
        }

        ChartFrame fields = fx(() -> controller.planeCharts().chart("fields").orElseThrow());
        List<String[]> grid = copy(fields).get(0);
        assertEquals(List.of("x₁", "x₂", "target g", "network f_t", "residual f_t − g"), List.of(grid.get(0)));
        assertEquals(n * n, grid.size() - 1);
        double[] g = data.facts().target();
        double[] f = data.fit();
        for (int[] cell : new int[][] {{0, 0}, {3, n - 2}, {n / 2, n / 2 + 1}}) {
            int i = cell[0] * n + cell[1];
            // x_i = -L + i 2L / N: the sample points, half a cell before where the cells are drawn.
            String[] r = at(grid, -l + cell[0] * 2 * l / n, -l + cell[1] * 2 * l / n);
            assertEquals(g[i], Double.parseDouble(r[2]), 0.0);
            assertEquals(f[i], Double.parseDouble(r[3]), 0.0);
            assertEquals(f[i] - g[i], Double.parseDouble(r[4]), 0.0);
        }

        // Compared with a second run (the live one, sigma 8): each run's maps under its label, as the legends name runs.
        run(() -> model.apply(model.getSession().withDistribution(new Gaussian(8))));
        RunRow recorded = fx(() -> model.runs().rows().get(1));
        run(() -> model.runs().tick(recorded.id(), true));
        waitFor(() -> model.runs().viewProperty().get().runs().size() == 2 && controller.chartsCaughtUp()
                && fields.drawnView().runs().size() == 2);
        List<RunView> runs = fx(() -> fields.drawnView().runs());
        List<String[]> both = copy(fields).get(0);
        for (RunView run : runs) {
            int target = List.of(both.get(0)).indexOf(run.label() + ": target g");
            assertTrue(target >= 2, run.label() + " in " + List.of(both.get(0)));
            int i = 3 * n + n - 2;
            String[] r = at(both, -l + 3 * 2 * l / n, -l + (n - 2) * 2 * l / n);
            assertEquals(run.data().facts().target()[i], Double.parseDouble(r[target]), 0.0);
        }
        RunView recordedRun = runs.stream().filter(v -> v.label().equals(recorded.name())).findFirst().orElseThrow();
        int residual = List.of(both.get(0)).indexOf(recorded.name() + ": residual f_t − g");
        double[] fr = recordedRun.data().fit();
        double[] gr = recordedRun.data().facts().target();
        String[] r = at(both, -l, -l + 2 * l / n);
        assertEquals(fr[1] - gr[1], Double.parseDouble(r[residual]), 0.0, "the recorded run's residual at (0, 1)");
    }
}
