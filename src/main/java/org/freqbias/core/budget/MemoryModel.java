package org.freqbias.core.budget;

import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.budget.ResourceEstimate.Extras;
import org.freqbias.core.budget.ResourceEstimate.Item;
import org.freqbias.core.deep.DeepTrainer;
import org.freqbias.core.experiment.History;
import org.freqbias.core.net.GradientDescent;
import org.freqbias.core.pde.PdeSolver;
import org.freqbias.core.session.ImageFile;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.Session;

/**
 * Bytes of the arrays a run holds at once, part by part, counted from what the code allocates
 * (8 bytes a double). Each formula names the arrays it counts; constants that stand for several
 * small arrays say so.
 */
final class MemoryModel {

    private static final long DOUBLE = 8;
    /** Grid arrays of the setup and the run: x, target, fit, residual, their spectra, FFT scratch. */
    private static final long GRID_ARRAYS = 12;
    /** Decoded pixels (4 bytes ARGB) plus ImageTarget's gray levels (a double). */
    private static final long IMAGE_BYTES_PER_PIXEL = 12;
    /** Points per chunk of a deep training pass (core.deep.ParallelPass), whose activations each part keeps. */
    private static final long CHUNK = 64;
    /** Lanczos basis vectors a 2D kernel view typically needs (up to 600 at most, 20-70 measured). */
    private static final long KRYLOV_VECTORS = 100;
    /** N x N matrices of a 1D kernel view: the kernel, its eigenvectors, the decomposition's work copy. */
    private static final long KERNEL_MATRICES = 3;
    /** n x n matrices of the dense 1D PDE eigen path: the reduced matrix, its transpose, the modes, EJML's copy. */
    private static final long EIGEN_MATRICES = 4;
    /**
     * Arrays of n of the CRAM path: 8 poles x 6 factor arrays, 10 scratch, the initial values, the
     * operator, the mass and the assembly's (86 measured by ResourceEstimateTest).
     */
    private static final long CRAM_ARRAYS = 90;
    /**
     * Bytes per mesh node of a 2D solve (assembly, initial transform, the nested-dissection factor,
     * the Krylov basis, the read-out): the solving thread allocates 1.0-1.2 KB per node on meshes of
     * 32 to 512 elements per axis (ResourceEstimateTest measures 64 and 128), and the factor built
     * on the second core adds about 0.4 KB (32 entries of 12 bytes per node at 128 elements).
     */
    private static final long NODE_2D = 1500;

    private MemoryModel() {
    }

    static List<Item> items(Session s, Extras extras) {
        RunShape r = RunShape.of(s);
        List<Item> items = new ArrayList<>();
        items.add(new Item("the grid and the target (" + r.points() + " points)", GRID_ARRAYS * r.points() * DOUBLE,
                "domain.samples"));
        if (s.isPlane() && s.plane().target() instanceof ImageFile image) {
            items.add(new Item("the image", IMAGE_BYTES_PER_PIXEL * image.image().pixels(), "the image's size (scale it down)"));
        }
        items.add(network(s, r));
        items.add(pde(r));
        // The app and the CLI's PNGs keep History.withFits rows of |r^| and the fit (the CLI a second
        // history of the same capacity for the PDE's |r^|).
        long historyRows = Math.min(History.capacityFor(r.frequencies() + r.points()), r.snapshots());
        // A headless run reads the PDE at every snapshot time; the app solves it (and each kernel
        // flow) at the times its history keeps.
        long trajectoryRows = extras.interactive() ? historyRows : r.snapshots();
        items.add(new Item("the PDE at " + trajectoryRows + " snapshot times", trajectoryRows * r.frequencies() * DOUBLE,
                "training.snapshotEvery (larger) or training.steps"));
        long perRow = 2 * r.frequencies() + r.points();
        items.add(new Item("the history of snapshots kept for charts", historyRows * perRow * DOUBLE, "domain.samples"));
        if (extras.kernelViews() > 0) {
            long each = r.dimension() == 1 ? KERNEL_MATRICES * r.points() * r.points() * DOUBLE
                    : (KRYLOV_VECTORS + 16) * r.points() * DOUBLE;
            if (extras.interactive()) {
                each += trajectoryRows * r.frequencies() * DOUBLE;
            }
            items.add(new Item("the kernel views (" + extras.kernelViews() + ")", extras.kernelViews() * each,
                    extras.interactive() ? "domain.samples, or switch the kernel flows off"
                            : "domain.samples, or drop --kernel-limit / --linearized"));
        }
        return items;
    }

    /**
     * 2-layer: parameters m (d + 2) three times (the setup's network, the trainer's, the model's
     * copy), the trainer's anchors 4 d m, and grid arrays: output and residual, and one partial
     * output per part of the step ({@link GradientDescent#parts}).
     * Deep: the parameters P eight times (network, initial copy, theta, gradient, Adam's two
     * moments, the weights by rows and by columns) and twice per part of the pass
     * ({@link DeepTrainer#parts}: its gradient and its weight gradients), and per part the
     * activations of one chunk of {@link #CHUNK} points: three times the input width of every dense
     * layer (values, slopes, deltas).
     */
    private static Item network(Session s, RunShape r) {
        NetworkSpec net = s.network();
        int d = r.dimension();
        if (!net.isDeep()) {
            long params = r.width() * (d + 2);
            long bytes = (3 * params + 4L * d * r.width() + (2L + GradientDescent.parts((int) r.width())) * r.points()) * DOUBLE;
            return new Item("the network and its trainer (width " + r.width() + ")", bytes, "network.width");
        }
        long params = net.parameterCount(d);
        long parts = DeepTrainer.parts((int) r.points());
        long inputWidths = 2 * r.width();
        for (int n : net.hiddenLayers()) {
            inputWidths += n;
        }
        long activations = parts * CHUNK * 3 * inputWidths;
        long bytes = ((8 + 2 * parts) * params + activations + 4 * r.points()) * DOUBLE;
        return new Item("the deep network (" + params + " parameters) and its backpropagation over " + r.points()
                + " points", bytes, "network.width, network.hiddenLayers or domain.samples");
    }

    /**
     * 1D: up to {@link PdeSolver#EXACT_MAX_NODES} nodes the dense eigen path (n^2), above it CRAM (n).
     * 2D: about {@link #NODE_2D} bytes per node (the nested-dissection factor and the Krylov solve).
     */
    private static Item pde(RunShape r) {
        long n = r.nodes();
        long bytes;
        if (r.dimension() == 1) {
            bytes = (n <= PdeSolver.EXACT_MAX_NODES ? EIGEN_MATRICES * n * n : CRAM_ARRAYS * n) * DOUBLE;
        } else {
            bytes = NODE_2D * n;
        }
        return new Item("the PDE on " + n + " nodes", bytes, "pde.elements");
    }
}
