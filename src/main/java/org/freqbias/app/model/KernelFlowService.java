package org.freqbias.app.model;

import java.util.concurrent.atomic.AtomicReference;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Evolves the residual by the kernel of one {@link KernelFlowKind} on the data grid, for sessions of
 * either dimension, on one background worker ({@link BackgroundWorker}) with latest-wins coalescing like
 * {@link PdeService}. The flow is built once per flow key ({@link Setup#kernelFlowKey()}: in 1D the
 * eigendecomposition is kept across changes of the training controls other than the seed, in 2D the
 * Lanczos basis is built again, as it is converged at the snapshot times) and kept, so a later
 * request of the same key only re-evaluates r(t) at the snapshot times. Building cannot be
 * interrupted: a request made meanwhile waits for it, and the FX side drops results by id. 2-layer
 * sessions only for the linearized network (its kernel is the 2-layer one).
 */
public final class KernelFlowService implements AutoCloseable {

    private record Request(long id, Session configuration) {
    }

    private final KernelFlowKind kind;
    private final BackgroundWorker worker;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<KernelFlowResult> outbox = new AtomicReference<>();
    // Worker thread only: the last flow built and the key it was built for.
    private Session flowKey;
    private KernelFlow flow;

    public KernelFlowService(KernelFlowKind kind) {
        this.kind = kind;
        worker = new BackgroundWorker("freqbias-" + kind.shortName());
    }

    /** Queues the flow of {@code session}, replacing any request not yet started. */
    public void request(long id, Session session) {
        if (pending.getAndSet(new Request(id, Setup.configuration(session))) == null) {
            worker.execute(this::computeNewest);
        }
    }

    /** The newest finished result since the last call, or null. */
    public KernelFlowResult poll() {
        return outbox.getAndSet(null);
    }

    private void computeNewest() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        long start = System.nanoTime();
        KernelFlowResult result;
        try {
            Setup setup = Setup.of(r.configuration());
            Session key = setup.kernelFlowKey();
            if (!key.equals(flowKey)) {
                flow = null; // let the old matrices or basis go before building new ones
                flow = setup.kernelFlow(kind);
                flowKey = key;
            }
            SpectrumTrajectory trajectory = setup.kernelFlowTrajectory(flow, setup.snapshotTimes());
            result = new KernelFlowResult(r.id(), r.configuration(), trajectory, (System.nanoTime() - start) * 1e-6, null);
        } catch (RuntimeException e) {
            flowKey = null;
            result = new KernelFlowResult(r.id(), r.configuration(), null, 0, capitalized(kind.label()) + " failed: " + e.getMessage());
        }
        outbox.set(result);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void close() {
        worker.close();
    }
}
