package org.freqbias.app.model;

import java.util.function.Function;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Evolves the residual by the kernel of one {@link KernelFlowKind} on the data grid, for sessions of
 * either dimension, on one background worker with latest-wins coalescing like {@link PdeService}
 * ({@link LatestWins}). The flow is built once per flow key ({@link Setup#kernelFlowKey()}: in 1D
 * the eigendecomposition is kept across changes of the training controls other than the seed, in 2D
 * the Lanczos basis is built again, as it is converged at the kept times) and kept, so a later
 * request of the same key only re-evaluates r(t) at the kept times ({@link Setup#keptTimes}: bounded
 * whatever steps and snapshotEvery say). Building cannot be interrupted: a request made meanwhile
 * waits for it, and the FX side drops results by id. A failure, out of memory included, is a result
 * with an error; the flow kept is dropped. 2-layer sessions only for the linearized network (its
 * kernel is the 2-layer one).
 */
public final class KernelFlowService implements AutoCloseable {

    private record Request(long id, Session configuration) {
    }

    private final KernelFlowKind kind;
    private final Function<Session, Setup> setups;
    private final LatestWins<Request, KernelFlowResult> worker;
    // Worker thread only: the last flow built and the key it was built for.
    private Session flowKey;
    private KernelFlow flow;

    public KernelFlowService(KernelFlowKind kind) {
        this(kind, Setup::of);
    }

    /** @param setups how a session becomes a setup (tests inject failures here) */
    KernelFlowService(KernelFlowKind kind, Function<Session, Setup> setups) {
        this.kind = kind;
        this.setups = setups;
        String what = Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1) + " failed";
        worker = new LatestWins<>("freqbias-" + kind.shortName(), this::compute, (r, e) -> {
            flowKey = null;
            flow = null;
            return new KernelFlowResult(r.id(), r.configuration(), null, 0, WorkerFailure.describe(what, e));
        });
    }

    /** Queues the flow of {@code session}, replacing any request not yet started. */
    public void request(long id, Session session) {
        worker.request(new Request(id, Setup.configuration(session)));
    }

    /** The newest finished result since the last call, or null. */
    public KernelFlowResult poll() {
        return worker.poll();
    }

    private KernelFlowResult compute(Request r) {
        long start = System.nanoTime();
        Setup setup = setups.apply(r.configuration());
        Session key = setup.kernelFlowKey();
        if (!key.equals(flowKey)) {
            flow = null; // let the old matrices or basis go before building new ones
            flowKey = null;
            flow = setup.kernelFlow(kind);
            flowKey = key;
        }
        SpectrumTrajectory trajectory = setup.kernelFlowTrajectory(flow, setup.keptTimes());
        return new KernelFlowResult(r.id(), r.configuration(), trajectory, (System.nanoTime() - start) * 1e-6, null);
    }

    @Override
    public void close() {
        worker.close();
    }
}
