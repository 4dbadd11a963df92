package org.freqbias.app.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.freqbias.app.chart.KernelView;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.ReferenceFlow;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.session.PdeSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;

/**
 * Evolves the residual by the kernel of one {@link KernelView} on the data grid on one background
 * daemon worker, with latest-wins coalescing like {@link PdeService}; {@link #line} serves 1D
 * sessions (dense eigendecomposition, {@link ReferenceFlow#kernelLimit(Setup)}), {@link #plane} 2D
 * ones (matrix-free Lanczos, {@link ReferenceFlow#kernelLimit(PlaneSetup)}). The flow is built once
 * per flow key and kept, so a later request of the same key only re-evaluates r(t) at the snapshot
 * times. The key is the kernel configuration: the whole session but name, description and PDE
 * settings, and in 1D also without the training controls other than the seed (the linearized kernel
 * reads the drawn network, both read the initial residual, which the seed fixes). In 2D the training
 * controls stay in the key: the Lanczos basis is converged at the snapshot times they set. Building
 * cannot be interrupted: a request made meanwhile waits for it, and the FX side drops results by id.
 * 2-layer sessions only (both kernels are the 2-layer ones).
 *
 * @param <S> the setup of the dimension
 * @param <T> the trajectory type, shaped like the dimension's PDE prediction
 */
public final class ReferenceFlowService<S, T> implements AutoCloseable {

    private static final PdeSpec NO_PDE = new PdeSpec(2, 0, false);

    /** What differs between the dimensions: the setup, the flow of a view, its trajectory, the flow key. */
    private record Dimension<S, T>(String suffix, Function<Session, S> setup, BiFunction<KernelView, S, ReferenceFlow> build,
            BiFunction<ReferenceFlow, S, T> trajectory, UnaryOperator<Session> flowKey) {
    }

    private static final Dimension<Setup, SpectrumTrajectory> LINE = new Dimension<>("", Setup::of,
            (view, setup) -> view == KernelView.KERNEL_LIMIT ? ReferenceFlow.kernelLimit(setup) : ReferenceFlow.linearized(setup),
            (flow, setup) -> flow.trajectory(setup, setup.snapshotTimes()),
            c -> c.withTraining(new TrainingSpec(1, 1, c.training().seed(), 1)));

    private static final Dimension<PlaneSetup, SpectrumTrajectory> PLANE = new Dimension<>("-2d", PlaneSetup::of,
            (view, setup) -> view == KernelView.KERNEL_LIMIT ? ReferenceFlow.kernelLimit(setup) : ReferenceFlow.linearized(setup),
            (flow, setup) -> flow.trajectory(setup, setup.session().training().snapshotTimes()),
            UnaryOperator.identity());

    private record Request(long id, Session configuration) {
    }

    private final KernelView view;
    private final Dimension<S, T> dimension;
    private final ExecutorService worker;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<ReferenceResult<T>> outbox = new AtomicReference<>();
    // Worker thread only: the last flow built and the key it was built for.
    private Session flowKey;
    private ReferenceFlow flow;

    private ReferenceFlowService(KernelView view, Dimension<S, T> dimension) {
        this.view = view;
        this.dimension = dimension;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "freqbias-" + view.flowName() + dimension.suffix());
            t.setDaemon(true);
            return t;
        });
    }

    /** The view's flows of 1D sessions. */
    public static ReferenceFlowService<Setup, SpectrumTrajectory> line(KernelView view) {
        return new ReferenceFlowService<>(view, LINE);
    }

    /** The view's flows of 2D sessions. */
    public static ReferenceFlowService<PlaneSetup, SpectrumTrajectory> plane(KernelView view) {
        return new ReferenceFlowService<>(view, PLANE);
    }

    /**
     * Everything of {@code s} the flow at the snapshot times reads: the session without name,
     * description and PDE settings. Equal configurations give equal results.
     */
    public static Session configuration(Session s) {
        return new Session("", "", s.domain(), s.target(), s.distribution(), s.network(), s.training(), NO_PDE, s.plane());
    }

    /** Queues the flow of {@code session} (a 2-layer one of this dimension), replacing any request not yet started. */
    public void request(long id, Session session) {
        if (pending.getAndSet(new Request(id, configuration(session))) == null) {
            worker.execute(this::computeNewest);
        }
    }

    /** The newest finished result since the last call, or null. */
    public ReferenceResult<T> poll() {
        return outbox.getAndSet(null);
    }

    private void computeNewest() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        long start = System.nanoTime();
        ReferenceResult<T> result;
        try {
            S setup = dimension.setup().apply(r.configuration());
            Session key = dimension.flowKey().apply(r.configuration());
            if (!key.equals(flowKey)) {
                flow = null; // let the old matrices or basis go before building new ones
                flow = dimension.build().apply(view, setup);
                flowKey = key;
            }
            T trajectory = dimension.trajectory().apply(flow, setup);
            result = new ReferenceResult<>(r.id(), r.configuration(), trajectory, (System.nanoTime() - start) * 1e-6, null);
        } catch (RuntimeException e) {
            flowKey = null;
            result = new ReferenceResult<>(r.id(), r.configuration(), null, 0, capitalized(view.label()) + " failed: " + e.getMessage());
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
