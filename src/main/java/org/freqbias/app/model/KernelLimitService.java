package org.freqbias.app.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.freqbias.core.experiment.ReferenceFlow;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.ResidualFlow;
import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.session.PdeSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;
import org.freqbias.core.spectrum.Spectrum;

/**
 * Evolves the residual by the infinite-width kernel on the data grid ({@link ReferenceFlow#kernelLimit})
 * on one background daemon worker, with latest-wins coalescing like {@link PdeService}. The N x N
 * eigendecomposition is done once per kernel configuration (domain, target, distribution, network,
 * seed) and kept, so a change of the training controls only re-evaluates r(t) at the new snapshot
 * times. The eigendecomposition cannot be interrupted: a request made while it runs waits for it,
 * and the FX side drops results by id. 2-layer sessions only (the kernel is the 2-layer one).
 */
public final class KernelLimitService implements AutoCloseable {

    private static final PdeSpec NO_PDE = new PdeSpec(2, 0, false);

    private record Request(long id, Session configuration) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "freqbias-kernel-limit");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<KernelLimitResult> outbox = new AtomicReference<>();
    // Worker thread only: the last flow built and the kernel configuration it was built for.
    private Session flowKey;
    private ResidualFlow flow;

    /**
     * Everything of {@code s} the kernel limit at the snapshot times reads: the session without
     * name, description and PDE settings. Equal configurations give equal results.
     */
    public static Session configuration(Session s) {
        return new Session("", "", s.domain(), s.target(), s.distribution(), s.network(), s.training(), NO_PDE);
    }

    /** What the eigendecomposition reads: the configuration without the training controls but the seed. */
    private static Session flowKey(Session configuration) {
        return configuration.withTraining(new TrainingSpec(1, 1, configuration.training().seed(), 1));
    }

    /** Queues the kernel limit of {@code session} (a 2-layer one), replacing any request not yet started. */
    public void request(long id, Session session) {
        if (pending.getAndSet(new Request(id, configuration(session))) == null) {
            worker.execute(this::computeNewest);
        }
    }

    /** The newest finished result since the last call, or null. */
    public KernelLimitResult poll() {
        return outbox.getAndSet(null);
    }

    private void computeNewest() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        long start = System.nanoTime();
        KernelLimitResult result;
        try {
            Setup setup = Setup.of(r.configuration());
            Session key = flowKey(r.configuration());
            if (!key.equals(flowKey)) {
                flow = null; // let the old N x N matrices go before building new ones
                flow = ReferenceFlow.kernelLimit(setup).flow();
                flowKey = key;
            }
            PdeTrajectory trajectory = trajectory(flow, setup);
            result = new KernelLimitResult(r.id(), r.configuration(), trajectory, (System.nanoTime() - start) * 1e-6, null);
        } catch (RuntimeException e) {
            flowKey = null;
            result = new KernelLimitResult(r.id(), r.configuration(), null, 0, "Kernel limit failed: " + e.getMessage());
        }
        outbox.set(result);
    }

    /** |r^(xi, t)| and Loss(t) = 1/2 sum r(x_i, t)^2 dx of the kernel flow at every snapshot time of {@code setup}. */
    static PdeTrajectory trajectory(ResidualFlow flow, Setup setup) {
        double[] times = setup.snapshotTimes();
        double[][] abs = new double[times.length][];
        double[] loss = new double[times.length];
        double dx = setup.domain().spacing();
        for (int i = 0; i < times.length; i++) {
            double[] r = flow.residualAt(times[i]);
            abs[i] = Spectrum.of(r, setup.domain()).abs();
            double sum = 0;
            for (double v : r) {
                sum += v * v;
            }
            loss[i] = 0.5 * sum * dx;
        }
        return new PdeTrajectory(times, setup.frequencies(), abs, loss);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
