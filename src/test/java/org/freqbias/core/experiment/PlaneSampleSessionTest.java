package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import java.util.EnumMap;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The plane-waves sample in full (width 4096, 500 steps on a 64 x 64 grid) with both kernel flows,
 * one run for all checks. Measured (PDE on the sample's 128 x 128 mesh): network vs PDE 10.6 % at
 * most (|xi| <= 20 covers the whole square), PDE vs infinite-width kernel flow 0.4 %, network vs its
 * linearization 1.8 %, and the network learns each peak about a third later than the PDE, as its
 * linearization does (1.18 / 1.19 vs PDE and kernel limit 0.88 at (pi, 0)): the gap is finite width
 * at initialization.
 */
class PlaneSampleSessionTest {

    @Test
    void networkFollowsThePlanePdeAndTheGapIsFiniteWidth() throws IOException {
        Setup setup = Setup.of(SessionFiles.loadSample("plane-waves"));
        Map<KernelFlowKind, KernelFlow> flows = new EnumMap<>(KernelFlowKind.class);
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            flows.put(kind, setup.kernelFlow(kind));
        }
        int[] frames = new int[1];
        RunResult r = new ExperimentRunner(setup, Agreement.DEFAULT_MAX_FREQUENCY, flows).run(frame -> {
            assertEquals(List.of(KernelFlowKind.KERNEL_LIMIT, KernelFlowKind.LINEARIZED), List.copyOf(frame.kernelFlows().keySet()));
            frames[0]++;
        });
        Map<KernelFlowKind, LearningTime[]> flowTimes = r.kernelFlowPeakTimes();
        String report = String.format("distances %s, peaks %s, nn %s, pde %s, ntk %s, lin %s", r.maxDistances(),
                Arrays.deepToString(r.peaks()), Arrays.toString(r.networkPeakTimes()), Arrays.toString(r.pdePeakTimes()),
                Arrays.toString(flowTimes.get(KernelFlowKind.KERNEL_LIMIT)), Arrays.toString(flowTimes.get(KernelFlowKind.LINEARIZED)));
        System.out.println(report);
        assertEquals(51, frames[0]);
        assertEquals(500, r.stepsDone());
        assertTrue(r.maxAgreement() < 0.15, report);
        // Issue 5: the 2D PDE is the infinite-width kernel flow at every snapshot: measured 0.41 %
        // (issue 10: the bound was 3 %, which the old mesh's 1.6-2.6 % passed too).
        assertTrue(r.maxDistances().get("pde-ntk") < 0.012, report);
        // The network is close to its own linearization (measured 1.81 %); both are far from the kernel limit.
        assertTrue(r.maxDistances().get("nn-lin") < 0.03, report);
        assertTrue(r.maxDistances().get("nn-ntk") > 3 * r.maxDistances().get("nn-lin"), report);
        assertEquals(2, r.peaks().length, report);
        for (LearningTime[] times : new LearningTime[][] {r.networkPeakTimes(), r.pdePeakTimes(),
                flowTimes.get(KernelFlowKind.KERNEL_LIMIT), flowTimes.get(KernelFlowKind.LINEARIZED)}) {
            assertFalse(times[0].lowerBound() || times[1].lowerBound(), report);
            assertTrue(times[1].time() > 1.3 * times[0].time(), "the lower wave is learned first: " + report);
        }
        for (int p = 0; p < 2; p++) {
            double nn = r.networkPeakTimes()[p].time();
            double lin = flowTimes.get(KernelFlowKind.LINEARIZED)[p].time();
            double ntk = flowTimes.get(KernelFlowKind.KERNEL_LIMIT)[p].time();
            assertTrue(Math.abs(nn - lin) < 0.1 * nn, "network and its linearization learn together: " + report);
            assertTrue(lin > 1.2 * ntk, "finite width slows learning: " + report);
        }
    }
}
