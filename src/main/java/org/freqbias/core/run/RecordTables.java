package org.freqbias.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The numbers of a record in a study, one binary entry ({@code tables.bin}), little-endian, laid
 * out from counts kept in run.json (P points of the data grid, G grid frequencies, K kept
 * snapshots, F kernel flows, A agreement points):
 * <pre>
 *   target      P x f32                          g at the grid points
 *   snapshots   K x { step i32, time f64, loss f64, pdeLoss f64,
 *                     fit P x f32, network G x f32, [pde G x f32], F x (flow G x f32) }
 *   learning    S x { time G x f64, lowerBound G x u8 }     S sources: network, [PDE], each flow
 *   agreement   A x { time f64, value f64 }
 * </pre>
 * The PDE's arrays are present when run.json says {@code "pde": true}; flows in run.json's order.
 */
final class RecordTables {

    /** The counts that fix the entry's size. */
    record Layout(int points, int frequencies, int kept, boolean pde, List<KernelFlowKind> flows, int agreements) {

        Layout {
            flows = List.copyOf(flows);
        }

        static Layout of(RunRecord r) {
            return new Layout(r.rawTarget().length, r.grid().size(), r.snapshots().size(), r.hasPde(),
                    List.copyOf(r.kernelFlows()), r.agreement().times().length);
        }

        /** Spectra per snapshot: the network's, the PDE's, each flow's. */
        int spectra() {
            return 1 + (pde ? 1 : 0) + flows.size();
        }

        /** Sources of learning times: network, PDE, flows. */
        int sources() {
            return spectra();
        }

        /** Bytes of the entry (in 64 bits: the counts come from a file). */
        long bytes() {
            long snapshot = 4 + 3 * 8 + 4L * points + 4L * frequencies * spectra();
            return 4L * points + kept * snapshot + sources() * 9L * frequencies + 16L * agreements;
        }
    }

    /** What the entry holds, decoded. */
    record Decoded(float[] target, List<KeptSnapshot> snapshots, LearningTimes network, LearningTimes pde,
            Map<KernelFlowKind, LearningTimes> flows, double[] agreementTimes, double[] agreements) {
    }

    private RecordTables() {
    }

    static void write(RunRecord r, OutputStream stream) throws IOException {
        Layout layout = Layout.of(r);
        BinaryOut out = new BinaryOut(stream);
        out.f32s(r.rawTarget());
        for (KeptSnapshot s : r.snapshots()) {
            out.i32(s.step());
            out.f64(s.time());
            out.f64(s.loss());
            out.f64(s.pdeLoss());
            out.f32s(s.rawFit());
            out.f32s(s.rawNetwork());
            if (layout.pde()) {
                out.f32s(s.rawPde());
            }
            for (KernelFlowKind kind : layout.flows()) {
                out.f32s(s.rawKernelFlow(kind));
            }
        }
        learning(out, r.networkLearningTimes());
        if (layout.pde()) {
            learning(out, r.pdeLearningTimes());
        }
        for (KernelFlowKind kind : layout.flows()) {
            learning(out, r.kernelFlowLearningTimes(kind));
        }
        double[] times = r.agreement().times();
        double[] values = r.agreement().values();
        for (int i = 0; i < times.length; i++) {
            out.f64(times[i]);
            out.f64(values[i]);
        }
        out.flush();
    }

    private static void learning(BinaryOut out, LearningTimes t) throws IOException {
        out.f64s(t.times());
        out.flags(t.lowerBounds());
    }

    /** Reads exactly {@link Layout#bytes()} bytes laid out as {@code layout}; {@code entry} names it in messages. */
    static Decoded read(InputStream stream, Layout layout, String entry) throws IOException {
        BinaryIn in = new BinaryIn(stream, layout.bytes(), entry);
        int p = layout.points();
        int g = layout.frequencies();
        float[] target = in.f32s(p);
        List<KeptSnapshot> snapshots = new ArrayList<>(layout.kept());
        for (int i = 0; i < layout.kept(); i++) {
            int step = in.i32();
            double time = in.f64();
            double loss = in.f64();
            double pdeLoss = in.f64();
            float[] fit = in.f32s(p);
            float[] network = in.f32s(g);
            float[] pde = layout.pde() ? in.f32s(g) : null;
            Map<KernelFlowKind, float[]> flows = new EnumMap<>(KernelFlowKind.class);
            for (KernelFlowKind kind : layout.flows()) {
                flows.put(kind, in.f32s(g));
            }
            snapshots.add(new KeptSnapshot(step, time, loss, pdeLoss, fit, network, pde, flows));
        }
        LearningTimes network = learning(in, g);
        LearningTimes pde = layout.pde() ? learning(in, g) : null;
        Map<KernelFlowKind, LearningTimes> flows = new EnumMap<>(KernelFlowKind.class);
        for (KernelFlowKind kind : layout.flows()) {
            flows.put(kind, learning(in, g));
        }
        double[] times = new double[layout.agreements()];
        double[] values = new double[layout.agreements()];
        for (int i = 0; i < times.length; i++) {
            times[i] = in.f64();
            values[i] = in.f64();
        }
        in.expectEnd();
        return new Decoded(target, snapshots, network, pde, flows, times, values);
    }

    private static LearningTimes learning(BinaryIn in, int g) throws IOException {
        double[] times = in.f64s(g);
        return new LearningTimes(times, in.flags(g));
    }
}
