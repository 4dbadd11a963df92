package org.freqbias.app.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.KernelView;
import org.freqbias.app.chart.PlaneChartData;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneSnapshot;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.pde2d.PdeTrajectory2D;
import org.freqbias.core.session.ImageFile;
import org.freqbias.core.session.PdeSpec;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.target.ImageTarget;

/**
 * The one state of the app, as read-only JavaFX properties; controllers bind to them and call the
 * methods here. Lives on the FX thread. The session is immutable: every edit is a new
 * {@link Session} passed to {@link #apply}, which restarts training when a training-relevant part
 * changed and re-solves the PDE in any case. Each {@link KernelView} switched on with
 * {@link #kernelViewShownProperty} is computed in the background too, once per 2-layer
 * configuration, in 1D and 2D. An
 * {@link AnimationTimer} drains the background services once per frame and publishes at most one
 * new {@link ChartData} (1D session) or {@link PlaneChartData} (2D session) per frame. Each
 * dimension has its own trainer and PDE worker; the session's dimension picks which one works.
 */
public final class ExperimentModel implements AutoCloseable {

    private static final PdeSpec NO_PDE = new PdeSpec(2, 0, false);

    private final TrainingService<Setup, Snapshot> trainer = TrainingService.line();
    private final TrainingService<PlaneSetup, PlaneSnapshot> planeTrainer = TrainingService.plane();
    private final PdeService<PdeResult> pde = PdeService.line();
    private final PdeService<PlanePdeResult> planePde = PdeService.plane();
    private final Map<KernelView, ReferenceOverlay> kernelViews = new EnumMap<>(KernelView.class);
    private final PlaneRunState plane = new PlaneRunState();

    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Setup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ReadOnlyObjectWrapper<ChartData> chartData = new ReadOnlyObjectWrapper<>(this, "chartData");
    private final ReadOnlyObjectWrapper<PlaneChartData> planeChartData = new ReadOnlyObjectWrapper<>(this, "planeChartData");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper runId = new ReadOnlyLongWrapper(this, "runId");
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyDoubleWrapper loss = new ReadOnlyDoubleWrapper(this, "loss", Double.NaN);
    private final ReadOnlyDoubleWrapper stepsPerSecond = new ReadOnlyDoubleWrapper(this, "stepsPerSecond");
    private final ReadOnlyDoubleWrapper agreement = new ReadOnlyDoubleWrapper(this, "agreement", Double.NaN);
    private final ReadOnlyDoubleWrapper kernelAgreement = new ReadOnlyDoubleWrapper(this, "kernelAgreement", Double.NaN);
    private final ReadOnlyDoubleWrapper linearizedDistance = new ReadOnlyDoubleWrapper(this, "linearizedDistance", Double.NaN);
    private final ReadOnlyDoubleWrapper solveMillis = new ReadOnlyDoubleWrapper(this, "solveMillis", Double.NaN);
    private final ReadOnlyLongWrapper pdeSolves = new ReadOnlyLongWrapper(this, "pdeSolves");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");

    /** True once the current run has trained a step or failed. */
    private boolean runProgressed;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
        }
    };

    private final LineRunState line = new LineRunState();
    private long pdeRequests;
    /** Id of the first PDE request of the session loaded last: older results belong to another session. */
    private long sessionPdeFrom;
    private boolean finished;
    /** Set when the charts must be redrawn at the next frame although no new data arrived. */
    private boolean redraw;

    /** Starts on {@code initial}, paused. Call on the FX thread. */
    public ExperimentModel(Session initial) {
        session.set(Objects.requireNonNull(initial));
        restart(false);
        requestPde(initial);
        for (KernelView v : KernelView.values()) {
            ReferenceOverlay overlay = new ReferenceOverlay(v);
            kernelViews.put(v, overlay);
            overlay.shownProperty().addListener((obs, was, on) -> requestKernelViews());
        }
        frames.start();
    }

    // ---- session ----

    /**
     * Makes {@code edited} the session. Training restarts (keeping play/pause) when anything but
     * the PDE settings, name or description changed; the PDE is re-solved in any case.
     */
    public void apply(Session edited) {
        Session old = session.get();
        if (edited.equals(old)) {
            return;
        }
        session.set(edited);
        if (trainingRelevant(old, edited)) {
            restart(running.get());
        }
        requestPde(edited);
        requestKernelViews();
    }

    /** Loads a sample by name; on failure shows why and keeps the current session. */
    public void loadSample(String name) {
        try {
            replace(SessionFiles.loadSample(name), "Loaded sample " + name);
        } catch (IOException | RuntimeException e) {
            error("Could not load sample " + name + ": " + e.getMessage());
        }
    }

    /** Opens a session file; a broken file leaves the current session in place with a message. */
    public void open(Path file) {
        try {
            replace(SessionFiles.load(file), "Opened " + file.getFileName());
        } catch (IOException | RuntimeException e) {
            error("Kept the current session; " + file.getFileName() + " is broken: " + e.getMessage());
        }
    }

    /**
     * Makes the picture in {@code file} the target of the 2D session (resampled to the grid); a file
     * that is not a readable image leaves the session as it is, with a message.
     */
    public void openImage(Path file) {
        Session s = session.get();
        if (!s.isPlane()) {
            error("An image target needs a 2D session (domain.dimension 2)");
            return;
        }
        try {
            ImageTarget image = ImageTarget.read(file, s.domain().halfWidth());
            apply(s.withPlane(new PlaneSpec(new ImageFile(file.toAbsolutePath().toString(), image), s.plane().shape())));
            info("Target: the image " + file.getFileName());
        } catch (IOException | RuntimeException e) {
            error("Kept the current target; " + file.getFileName() + " is not a readable image: " + e.getMessage());
        }
    }

    public void save(Path file) {
        try {
            SessionFiles.save(file, session.get());
            info("Saved " + file.getFileName());
        } catch (IOException | RuntimeException e) {
            error("Could not save " + file + ": " + e.getMessage());
        }
    }

    private void replace(Session loaded, String note) {
        session.set(loaded);
        line.clearAll();
        plane.clearAll();
        restart(false);
        requestPde(loaded);
        sessionPdeFrom = pdeRequests;
        requestKernelViews();
        info(note);
    }

    private void requestPde(Session s) {
        if (s.isPlane()) {
            planePde.request(++pdeRequests, s);
        } else {
            pde.request(++pdeRequests, s);
        }
    }

    /** The trainer of the session's dimension. */
    private TrainingService<?, ?> activeTrainer() {
        return session.get().isPlane() ? planeTrainer : trainer;
    }

    private static boolean trainingRelevant(Session a, Session b) {
        return !trainingPart(a).equals(trainingPart(b));
    }

    /** The session with everything the training run does not read blanked out. */
    private static Session trainingPart(Session s) {
        return new Session("", "", s.domain(), s.target(), s.distribution(), s.network(), s.training(), NO_PDE, s.plane());
    }

    /** Asks for each kernel view of the current session that is shown and not yet asked for. */
    private void requestKernelViews() {
        for (ReferenceOverlay overlay : kernelViews.values()) {
            redraw |= overlay.update(session.get());
        }
    }

    /** The kernel views computed for the current setup, by view: {@code trajectory} reads an overlay's for it (null: none). */
    private <T> Map<KernelView, T> computedKernelViews(Function<ReferenceOverlay, T> trajectory) {
        Map<KernelView, T> views = new EnumMap<>(KernelView.class);
        kernelViews.forEach((v, overlay) -> {
            T t = trajectory.apply(overlay);
            if (t != null) {
                views.put(v, t);
            }
        });
        return views;
    }

    /**
     * Switches {@code view} on or off (the keyboard shortcut); for a deep network, whose kernels
     * are not built here, says so instead.
     */
    public void toggleKernelView(KernelView view) {
        if (session.get().network().isDeep()) {
            info("The " + view.label() + " is available for 2-layer networks only (this session has hidden layers)");
            return;
        }
        BooleanProperty shown = kernelViewShownProperty(view);
        shown.set(!shown.get());
        info((shown.get() ? "Showing the " : "Hiding the ") + view.label());
    }

    // ---- training controls ----

    public void play() {
        if (finished) {
            restart(true);
        } else {
            activeTrainer().play(true);
        }
        running.set(true);
    }

    public void pause() {
        activeTrainer().play(false);
        running.set(false);
    }

    public void togglePlay() {
        if (running.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Advances by one snapshot interval (paused). */
    public void step() {
        pause();
        if (finished) {
            restart(false);
        }
        activeTrainer().step();
    }

    /** Starts the run over from its initialization, paused. */
    public void reset() {
        restart(false);
        info("Reset to step 0");
    }

    public void setTheme(Theme t) {
        theme.set(Objects.requireNonNull(t));
    }

    /** Shows {@code text} in the message bar as an error. */
    public void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    public void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    /**
     * Starts run id+1 of the current session. The old run's data is dropped at once, so no chart
     * ever mixes runs; until the new run's first batch arrives, a PDE result for the same session
     * shows the new initialization (its setup is the same deterministic {@link Setup}).
     */
    private void restart(boolean play) {
        runId.set(runId.get() + 1);
        finished = false;
        runProgressed = false;
        running.set(play);
        line.clearRun();
        plane.clearRun();
        if (session.get().isPlane()) {
            trainer.stop(); // a 1D run left behind is freed
            planeTrainer.restart(runId.get(), session.get(), play);
        } else {
            planeTrainer.stop();
            trainer.restart(runId.get(), session.get(), play);
        }
    }

    // ---- per frame, FX thread ----

    private void drain() {
        boolean changed = redraw;
        redraw = false;
        if (session.get().isPlane()) {
            drainPlane(changed);
            return;
        }
        TrainingBatch<Setup, Snapshot> batch = trainer.poll();
        if (batch != null && batch.runId() == runId.get()) {
            changed = take(batch);
        }
        PdeResult result = pde.poll();
        if (result != null && result.id() >= sessionPdeFrom && line.isNewer(result)) {
            changed |= take(result);
        }
        changed |= drainKernelViews();
        ChartData data = changed ? line.data(setup.get(), computedKernelViews(o -> o.trajectoryFor(setup.get()))) : null;
        if (data != null) {
            agreement.set(data.networkVsPde());
            kernelAgreement.set(data.vsPde(KernelView.KERNEL_LIMIT));
            linearizedDistance.set(data.networkVs(KernelView.LINEARIZED));
            chartData.set(data);
        }
    }

    /** The 2D counterpart of the 1D part of {@link #drain}: the plane trainer and PDE worker. */
    private void drainPlane(boolean changed) {
        TrainingBatch<PlaneSetup, PlaneSnapshot> batch = planeTrainer.poll();
        if (batch != null && batch.runId() == runId.get()) {
            takeStatus(batch, PlaneSnapshot::step);
            if (batch.setup() != null) {
                plane.begin(batch.setup());
            }
            if (plane.started()) {
                batch.snapshots().forEach(this::record);
                stepsPerSecond.set(batch.stepsPerSecond());
                changed = true;
            }
        }
        PlanePdeResult result = planePde.poll();
        if (result != null && result.id() < sessionPdeFrom) {
            result = null; // solved for the session before the last one loaded
        }
        if (result != null && result.error() != null) {
            error(result.error());
        } else if (result != null && plane.offer(result)) {
            solveMillis.set(result.millis());
            pdeSolves.set(pdeSolves.get() + 1);
            changed = true;
        }
        changed |= drainKernelViews();
        PlaneChartData data = changed && plane.started() ? plane.data(computedKernelViews(o -> o.trajectoryFor(plane.setup()))) : null;
        if (data != null) {
            agreement.set(data.networkVsPde());
            kernelAgreement.set(data.vsPde(KernelView.KERNEL_LIMIT));
            linearizedDistance.set(data.networkVs(KernelView.LINEARIZED));
            planeChartData.set(data);
        }
    }

    /** Takes each kernel view's newest result; true when one arrived. */
    private boolean drainKernelViews() {
        boolean changed = false;
        for (ReferenceOverlay overlay : kernelViews.values()) {
            changed |= overlay.drain(this::error);
        }
        return changed;
    }

    private void record(PlaneSnapshot s) {
        plane.record(s);
        step.set(s.step());
        time.set(s.time());
        loss.set(s.loss());
    }

    /** What any batch says about the run: a failure, progress past step 0, the end. */
    private <S> void takeStatus(TrainingBatch<?, S> batch, ToIntFunction<S> stepOf) {
        if (batch.failure() != null) {
            error(batch.failure());
        }
        runProgressed |= batch.failure() != null || batch.snapshots().stream().anyMatch(s -> stepOf.applyAsInt(s) > 0);
        if (batch.finished()) {
            finished = true;
            running.set(false);
        }
    }

    private boolean take(TrainingBatch<Setup, Snapshot> batch) {
        takeStatus(batch, Snapshot::step);
        if (batch.setup() != null) {
            begin(batch.setup());
        }
        if (!line.started()) {
            return false; // a failed setup: nothing to draw
        }
        for (Snapshot s : batch.snapshots()) {
            record(s);
        }
        stepsPerSecond.set(batch.stepsPerSecond());
        return true;
    }

    private boolean take(PdeResult result) {
        if (result.error() != null) {
            error(result.error());
            return false;
        }
        line.show(result);
        solveMillis.set(result.millis());
        warnIfUnstable(result);
        pdeSolves.set(pdeSolves.get() + 1);
        if (!line.started() && result.setup().session().equals(session.get())) {
            begin(result.setup());
            record(LineRunState.initialSnapshot(result.setup()));
        }
        return true;
    }

    /**
     * Says so, before training starts, when the learning rate is above what gradient descent on
     * this kernel can take. Once the run trains (or fails), its own messages have the last word.
     */
    private void warnIfUnstable(PdeResult result) {
        double eta = result.setup().session().training().learningRate();
        double limit = result.maxStableLearningRate();
        if (eta > limit && !running.get() && !runProgressed && result.setup().session().equals(session.get())) {
            error(String.format(java.util.Locale.ROOT, "Learning rate %.4g is above the stability limit %.4g "
                    + "(2 / largest kernel eigenvalue): training will oscillate or diverge. Try %.3g or less.",
                    eta, limit, 0.9 * limit));
        }
    }

    /** Fresh history and learning times for a run of {@code s}. */
    private void begin(Setup s) {
        setup.set(s);
        line.begin(s);
    }

    private void record(Snapshot s) {
        line.record(s);
        step.set(s.step());
        time.set(s.time());
        loss.set(s.loss());
    }

    /** Stops the animation timer and the background threads. */
    @Override
    public void close() {
        frames.stop();
        trainer.close();
        planeTrainer.close();
        pde.close();
        planePde.close();
        kernelViews.values().forEach(ReferenceOverlay::close);
    }

    // ---- read-only properties ----

    public ReadOnlyObjectProperty<Session> sessionProperty() { return session.getReadOnlyProperty(); }
    public Session getSession() { return session.get(); }
    public ReadOnlyObjectProperty<Setup> setupProperty() { return setup.getReadOnlyProperty(); }
    /** The 1D charts' data; not updated while the session is 2D. */
    public ReadOnlyObjectProperty<ChartData> chartDataProperty() { return chartData.getReadOnlyProperty(); }
    /** The 2D charts' data; not updated while the session is 1D. */
    public ReadOnlyObjectProperty<PlaneChartData> planeChartDataProperty() { return planeChartData.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Theme> themeProperty() { return theme.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyLongProperty runIdProperty() { return runId.getReadOnlyProperty(); }
    public ReadOnlyLongProperty stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty timeProperty() { return time.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty lossProperty() { return loss.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty stepsPerSecondProperty() { return stepsPerSecond.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty agreementProperty() { return agreement.getReadOnlyProperty(); }
    /** Whether {@code view} is computed and drawn (2-layer sessions of either dimension only); off at start. */
    public BooleanProperty kernelViewShownProperty(KernelView view) { return kernelViews.get(view).shownProperty(); }
    public ReadOnlyBooleanProperty kernelViewComputingProperty(KernelView view) { return kernelViews.get(view).computingProperty(); }
    /** Wall time of the last computation of {@code view}, NaN before the first. */
    public ReadOnlyDoubleProperty kernelViewMillisProperty(KernelView view) { return kernelViews.get(view).millisProperty(); }
    /** Agreement of the kernel limit with the PDE at the current time, NaN unless both are shown. */
    public ReadOnlyDoubleProperty kernelAgreementProperty() { return kernelAgreement.getReadOnlyProperty(); }
    /** Distance of the network from the linearized network at the current time, NaN unless it is shown. */
    public ReadOnlyDoubleProperty linearizedDistanceProperty() { return linearizedDistance.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty solveMillisProperty() { return solveMillis.getReadOnlyProperty(); }
    public ReadOnlyLongProperty pdeSolvesProperty() { return pdeSolves.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messageIsError.getReadOnlyProperty(); }
}
