package org.freqbias.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionCodec;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepGridTest {

    private static SweepGrid grid(String... vary) {
        return new SweepGrid(List.of(vary).stream().map(SweepAxis::parse).toList(), SweepGrid.parseSeeds("0-2"));
    }

    @Test
    void runsAreTheProductInOrderFirstKeyOutermostSeedInnermost() {
        SweepGrid g = grid("distribution.sigma=2,4,8", "network.width=32,64");
        assertEquals(18, g.size());
        // Enumerated independently by nested loops in the documented order.
        int i = 0;
        for (String sigma : List.of("2", "4", "8")) {
            for (String width : List.of("32", "64")) {
                for (long seed = 0; seed <= 2; seed++) {
                    SweepPoint p = g.point(i);
                    assertEquals(i, p.index());
                    assertEquals(List.of(sigma, width), p.labels());
                    assertEquals(seed, p.seed());
                    i++;
                }
            }
        }
        assertEquals("distribution.sigma=4 network.width=32 seed=1", g.label(g.point(7)));
    }

    @Test
    void shardsPartitionTheGrid() {
        SweepGrid g = grid("distribution.sigma=2,4,8", "network.width=32,64");
        TreeSet<Integer> seen = new TreeSet<>();
        for (int k = 0; k < 4; k++) {
            for (SweepPoint p : g.shard(k, 4)) {
                assertEquals(k, p.index() % 4);
                assertTrue(seen.add(p.index()), "run " + p.index() + " in two shards");
            }
        }
        assertEquals(g.size(), seen.size());
        assertThrows(SweepException.class, () -> g.shard(4, 4));
    }

    @Test
    void aValueIsAppliedToTheSessionAndValidatedByTheCodec() throws IOException {
        Session base = SessionFiles.loadSample("gaussian-bias");
        ObjectNode json = SessionCodec.toJson(base);
        SweepGrid g = grid("distribution.sigma=2.5", "network.width=64", "target.components.1.frequency=7");
        Session s = g.session(json, SessionFiles.sampleFolder(), g.point(2));
        assertEquals(2, s.training().seed());
        assertEquals(64, s.network().width());
        assertEquals(7.0, SessionCodec.toJson(s).at("/target/components/1/frequency").asDouble(), 0.0);
        assertEquals(2.5, SessionCodec.toJson(s).at("/distribution/sigma").asDouble(), 0.0);

        SweepGrid fractionalWidth = grid("network.width=64.5");
        SweepException e = assertThrows(SweepException.class,
                () -> fractionalWidth.session(json, SessionFiles.sampleFolder(), fractionalWidth.point(0)));
        assertTrue(e.getMessage().contains("network.width") && e.getMessage().contains("whole number"), e.getMessage());
        SweepGrid negativeSigma = grid("distribution.sigma=-1");
        e = assertThrows(SweepException.class, () -> negativeSigma.session(json, SessionFiles.sampleFolder(), negativeSigma.point(0)));
        assertTrue(e.getMessage().contains("distribution.sigma"), e.getMessage());
    }

    @Test
    void keysThatAreNotNumbersOfTheSessionAreRefused() throws IOException {
        ObjectNode json = SessionCodec.toJson(SessionFiles.loadSample("gaussian-bias"));
        assertTrue(assertThrows(SweepException.class, () -> grid("distribution.type=1").checkKeys(json)).getMessage()
                .contains("not a number"));
        assertTrue(assertThrows(SweepException.class, () -> grid("network.depth=1").checkKeys(json)).getMessage()
                .contains("no such key"));
        assertTrue(assertThrows(SweepException.class, () -> SweepAxis.parse("distribution.sigma=2,x")).getMessage()
                .contains("'x' is not a finite number"));
        assertThrows(SweepException.class, () -> SweepAxis.parse("distribution.sigma=2,2.0"));
        assertThrows(SweepException.class, () -> SweepAxis.parse("sigma"));
        assertThrows(SweepException.class, () -> grid("training.seed=1,2"));
        assertThrows(SweepException.class, () -> grid("network.width=1", "network.width=2"));
        assertThrows(SweepException.class, () -> SweepGrid.parseSeeds("3-1"));
        assertArrayEquals(new long[] {5}, SweepGrid.parseSeeds("5"));
    }

    @Test
    void theManifestReadsBackToTheSameHashAndDetectsAnEdit(@TempDir Path dir) throws IOException {
        ObjectNode json = SessionCodec.toJson(SessionFiles.loadSample("gaussian-bias"));
        SweepManifest m = SweepManifest.of(json, grid("distribution.sigma=2,4.5", "network.width=32"), 20);
        m.write(dir);
        SweepManifest back = SweepManifest.read(dir);
        assertEquals(m.sha256(), back.sha256());
        assertEquals(m.grid().size(), back.grid().size());
        assertEquals(m.grid().label(m.grid().point(3)), back.grid().label(back.grid().point(3)));
        SweepManifest other = SweepManifest.of(json, grid("distribution.sigma=2,4.5", "network.width=64"), 20);
        assertTrue(!other.sha256().equals(m.sha256()));

        Path file = dir.resolve(SweepManifest.FILE);
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("4.5", "5.5"));
        assertTrue(assertThrows(SweepException.class, () -> SweepManifest.read(dir)).getMessage().contains("changed"));
    }

    @Test
    void smallMultiplesPoolSeedsPerPanelAndPeak() {
        SweepGrid g = new SweepGrid(List.of(SweepAxis.parse("distribution.sigma=2,4")), SweepGrid.parseSeeds("0-1"));
        List<SweepRow> rows = new ArrayList<>();
        // sigma 2: peak 6 learned at 1.0 and 3.0 (seed 1 not learned); peak 2 at 0.5 both seeds.
        rows.add(new SweepRow(List.of("2"), 0, new double[] {2}, 0.5, true, 0.4, true, 0.3, 0.1, 1e-3, false));
        rows.add(new SweepRow(List.of("2"), 0, new double[] {6}, 1.0, true, 2.0, true, 1.5, 0.1, 1e-3, false));
        rows.add(new SweepRow(List.of("2"), 1, new double[] {2}, 0.5, true, 0.6, true, 0.3, 0.1, 1e-3, false));
        rows.add(new SweepRow(List.of("2"), 1, new double[] {6}, 3.0, false, Double.NaN, false, 1.5, 0.1, 1e-3, false));
        rows.add(new SweepRow(List.of("4"), 0, new double[] {6}, 8.0, true, 9.0, true, 7.0, 0.1, 1e-3, false));
        SmallMultiples f = SmallMultiples.of(g, rows);
        assertEquals(2, f.panels().size());
        SmallMultiples.Panel p = f.panels().get(0);
        assertEquals("sigma = 2", p.title());
        assertArrayEquals(new double[] {2, 6}, p.xi(), 0);
        assertArrayEquals(new double[] {0.5, 2.0}, p.networkMean(), 1e-15);
        assertArrayEquals(new double[] {0.5, 1.0}, p.networkMin(), 0);
        assertArrayEquals(new double[] {0.5, 3.0}, p.networkMax(), 0);
        assertArrayEquals(new boolean[] {false, true}, p.lowerBound());
        // Peak 6: the PDE had not learned it in seed 1, so its mean is not drawn.
        assertArrayEquals(new double[] {0.5, Double.NaN}, p.pdeMean(), 1e-15);
        assertEquals(2, p.runs());
        assertArrayEquals(new double[] {8.0}, f.panels().get(1).networkMean(), 0);
    }

    @Test
    void aRowReadsBackFromItsLine() {
        SweepRow r = new SweepRow(List.of("2.5", "64"), 3, new double[] {1.0, -2.0}, 0.1 + 0.2, false, Double.NaN, false,
                Double.POSITIVE_INFINITY, 0.0123, 4.5e-7, true);
        SweepRow back = SweepRow.parse(r.line(), 2);
        assertEquals(r.line(), back.line());
        assertEquals(0.1 + 0.2, back.networkTime(), 0.0);
        assertTrue(Double.isNaN(back.pdeTime()) && Double.isInfinite(back.pureDampingTime()) && back.diverged());
        assertEquals(Math.sqrt(5), back.peakMagnitude(), 1e-15);
    }
}
