package org.freqbias.app.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.freqbias.app.chart.KernelView;
import org.freqbias.core.experiment.ReferenceFlow;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.session.PdeSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;

/**
 * Evolves the residual by the kernel of one {@link KernelView} on the data grid
 * ({@link ReferenceFlow#kernelLimit} or {@link ReferenceFlow#linearized}) on one background daemon
 * worker, with latest-wins coalescing like {@link PdeService}. The kernel matrix and its N x N
 * eigendecomposition are built once per kernel configuration and kept, so a change of the training
 * controls only re-evaluates r(t) at the new snapshot times. The kernel configuration is the whole
 * session but name, description, PDE settings and the training controls other than the seed: the
 * linearized kernel reads the drawn network (width, sigmaA, sampling, seed), and both read the
 * initial residual, which the seed fixes when the initial output is not zero. Building cannot be
 * interrupted: a request made meanwhile waits for it, and the FX side drops results by id.
 * 2-layer sessions only (both kernels are the 2-layer ones).
 */
public final class ReferenceFlowService implements AutoCloseable {

    private static final PdeSpec NO_PDE = new PdeSpec(2, 0, false);

    private record Request(long id, Session configuration) {
    }

    private final KernelView view;
    private final ExecutorService worker;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<ReferenceResult> outbox = new AtomicReference<>();
    // Worker thread only: the last flow built and the kernel configuration it was built for.
    private Session flowKey;
    private ReferenceFlow flow;

    public ReferenceFlowService(KernelView view) {
        this.view = view;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "freqbias-" + view.flowName());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Everything of {@code s} the flow at the snapshot times reads: the session without name,
     * description and PDE settings. Equal configurations give equal results.
     */
    public static Session configuration(Session s) {
        return new Session("", "", s.domain(), s.target(), s.distribution(), s.network(), s.training(), NO_PDE);
    }

    /** What the kernel and its eigendecomposition read: the configuration without the training controls but the seed. */
    private static Session flowKey(Session configuration) {
        return configuration.withTraining(new TrainingSpec(1, 1, configuration.training().seed(), 1));
    }

    /** The flow of {@code view} for {@code setup}: the expensive part (kernel matrix and eigendecomposition). */
    static ReferenceFlow build(KernelView view, Setup setup) {
        return switch (view) {
            case KERNEL_LIMIT -> ReferenceFlow.kernelLimit(setup);
            case LINEARIZED -> ReferenceFlow.linearized(setup);
        };
    }

    /** Queues the flow of {@code session} (a 2-layer one), replacing any request not yet started. */
    public void request(long id, Session session) {
        if (pending.getAndSet(new Request(id, configuration(session))) == null) {
            worker.execute(this::computeNewest);
        }
    }

    /** The newest finished result since the last call, or null. */
    public ReferenceResult poll() {
        return outbox.getAndSet(null);
    }

    private void computeNewest() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        long start = System.nanoTime();
        ReferenceResult result;
        try {
            Setup setup = Setup.of(r.configuration());
            Session key = flowKey(r.configuration());
            if (!key.equals(flowKey)) {
                flow = null; // let the old N x N matrices go before building new ones
                flow = build(view, setup);
                flowKey = key;
            }
            PdeTrajectory trajectory = flow.trajectory(setup, setup.snapshotTimes());
            result = new ReferenceResult(r.id(), r.configuration(), trajectory, (System.nanoTime() - start) * 1e-6, null);
        } catch (RuntimeException e) {
            flowKey = null;
            result = new ReferenceResult(r.id(), r.configuration(), null, 0, capitalized(view.label()) + " failed: " + e.getMessage());
        }
        outbox.set(result);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
