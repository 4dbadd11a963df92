package org.freqbias.app.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.budget.ResourceEstimate;
import org.freqbias.core.design.Design;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.run.RunLibrary;
import org.freqbias.core.session.CsvFile;
import org.freqbias.core.session.ImageFile;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.UserTargets;
import org.freqbias.core.target.ImageTarget;

/**
 * The one state of the app, as read-only JavaFX properties; controllers bind to them and call the
 * methods here. Lives on the FX thread. The session is immutable: every edit is a new
 * {@link Session} passed to {@link #apply}, which restarts training when a training-relevant part
 * changed and re-solves the PDE in any case. Each kernel flow ({@link KernelFlowKind}) switched on
 * with {@link #kernelFlowShownProperty} is computed in the background too, once per 2-layer
 * configuration. An {@link AnimationTimer} drains the background services once per frame and
 * publishes at most one new {@link ChartData} per frame, for a session of either dimension. This
 * class is the facade: the {@link Lane} (trainer, PDE worker, run state, chart data),
 * {@link KernelFlowSet}, {@link RunStatus}, {@link Readouts} and {@link Messages} do the work.
 */
public final class ExperimentModel implements AutoCloseable {

    private final Messages messages = new Messages();
    private final RunStatus status = new RunStatus();
    private final Readouts readouts = new Readouts();
    private final Lane lane = new Lane(status, readouts, messages, Setup::of);
    private final KernelFlowSet kernelFlows = new KernelFlowSet(this::requestKernelFlows);
    private final RunsModel runs = new RunsModel(messages, new RunLibrary());
    private final Designs designs = new Designs();

    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);

    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
            runs.frame(now, lane.dataProperty().get(), session.get(), status.state());
        }
    };

    private long pdeRequests;
    /** Id of the first PDE request of the session loaded last: older results belong to another session. */
    private long sessionPdeFrom;
    /** Set when the charts must be redrawn at the next frame although no new data arrived. */
    private boolean redraw;

    /** Starts on {@code initial}, paused. Call on the FX thread. */
    public ExperimentModel(Session initial) {
        session.set(Objects.requireNonNull(initial));
        restart(false);
        requestPde(initial);
        frames.start();
    }

    // ---- session ----

    /**
     * Makes {@code edited} the session. Training restarts (keeping play/pause) when anything but
     * the PDE settings, name or description changed; the PDE is re-solved in any case. A session
     * that cannot fit in memory ({@link ResourceEstimate}) is refused with a message.
     *
     * @return false when the edit was refused (the session stays as it was)
     */
    public boolean apply(Session edited) {
        Session old = session.get();
        if (edited.equals(old)) {
            return true;
        }
        if (!fits(edited)) {
            return false;
        }
        session.set(edited);
        designs.sessionChanged(edited);
        if (trainingRelevant(old, edited)) {
            restart(status.running());
        }
        requestPde(edited);
        requestKernelFlows();
        return true;
    }

    /**
     * Whether a run of {@code s} fits in this JVM's heap as the app runs it (the estimate of
     * {@link ResourceEstimate} with the kernel flows shown); if not, says why and what to lower.
     */
    private boolean fits(Session s) {
        Optional<String> refusal = estimate(s).check(Runtime.getRuntime().maxMemory());
        refusal.ifPresent(why -> error("Kept the current session: " + why));
        return refusal.isEmpty();
    }

    private ResourceEstimate estimate(Session s) {
        return ResourceEstimate.of(s, ResourceEstimate.Extras.app(kernelFlows.shownFor(s)));
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

    /** Saves every run of the run list, the live one included when it has trained, to the study {@code file} (in the background). */
    public void saveStudy(Path file) {
        runs.saveStudy(file, lane.record());
    }

    /**
     * Makes the x,y rows of the CSV file {@code file} the target of the 1D session (linear between
     * rows, zero outside; the path kept absolute); a file with a bad line leaves the target as it is,
     * with the line and column in the message.
     */
    public void openCsv(Path file) {
        Session s = session.get();
        if (s.isPlane()) {
            error("A CSV target needs a 1D session (domain.dimension 1)");
            return;
        }
        try {
            CsvFile csv = UserTargets.csv(file, new double[0]);
            apply(s.withTarget(csv));
            info("Target: " + file.getFileName() + " (" + csv.samples().points().length + " rows x,y)");
        } catch (IOException | RuntimeException e) {
            error("Kept the current target; " + file.getFileName() + ": " + e.getMessage());
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

    /** Makes {@code loaded} the session (a lesson's step, say): a fresh run, paused, and {@code note} in the message bar. */
    public void load(Session loaded, String note) {
        replace(Objects.requireNonNull(loaded), note);
    }

    /**
     * Makes {@code loaded} the session, a fresh start; a session that cannot fit in memory is
     * refused with a message and the current one kept. A long run is announced with the note.
     */
    private void replace(Session loaded, String note) {
        if (!fits(loaded)) {
            return;
        }
        session.set(loaded);
        designs.sessionChanged(loaded);
        lane.clearAll();
        restart(false);
        requestPde(loaded);
        sessionPdeFrom = pdeRequests;
        requestKernelFlows();
        info(String.join("; ", Stream.concat(Stream.of(note), estimate(loaded).warnings().stream()).toList()));
    }

    private void requestPde(Session s) {
        lane.requestPde(++pdeRequests, s);
    }

    /** True when the run reads something that changed: all but name, description and PDE settings ({@link Setup#configuration}). */
    private static boolean trainingRelevant(Session a, Session b) {
        return !Setup.configuration(a).equals(Setup.configuration(b));
    }

    /**
     * Asks for each kernel flow of the current session that is shown and not yet asked for; flows
     * that would not fit in memory beside the run are switched off with a message instead.
     */
    private void requestKernelFlows() {
        Optional<String> refusal = estimate(session.get()).check(Runtime.getRuntime().maxMemory());
        if (refusal.isPresent()) {
            error("Switched the kernel flows off: " + refusal.get());
            for (KernelFlowKind kind : KernelFlowKind.values()) {
                kernelFlows.shownProperty(kind).set(false); // calls back here, with no flow shown
            }
            return;
        }
        redraw |= kernelFlows.update(session.get());
    }

    /**
     * Switches the kernel flow of {@code kind} on or off (the keyboard shortcut); for a deep
     * network, whose kernels are not built here, says so instead.
     */
    public void toggleKernelFlow(KernelFlowKind kind) {
        if (session.get().network().isDeep()) {
            info("The " + kind.label() + " is available for 2-layer networks only (this session has hidden layers)");
            return;
        }
        BooleanProperty shown = kernelFlowShownProperty(kind);
        shown.set(!shown.get());
        info((shown.get() ? "Showing the " : "Hiding the ") + kind.label());
    }

    // ---- inverse design ----

    /**
     * Designs rho for the wanted learning times ({@link #wantedTimesProperty}) on a background worker
     * (a new request cancels the one running); the result is applied as a drawn density when it
     * arrives, if the session is still the one it was asked for.
     */
    public void design() {
        designs.request(session.get(), messages);
    }

    // ---- training controls ----

    public void play() {
        if (status.finished()) {
            restart(true);
        } else {
            lane.play(true);
        }
        status.setRunning(true);
    }

    public void pause() {
        lane.play(false);
        status.setRunning(false);
    }

    public void togglePlay() {
        if (status.running()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Plays until gradient-flow time {@code t}, that is until the first snapshot at or after step
     * ceil(t / eta), then pauses (the trainer itself stops there: no overshoot); when the run is
     * there already, or has finished, it only pauses.
     */
    public void playUntil(double t) {
        long target = (long) Math.ceil(t / session.get().training().learningRate() - 1e-9);
        if (status.finished() || status.step() >= target) {
            pause();
            return;
        }
        lane.playUntil(target);
        status.playUntil(target);
    }

    /** Advances by one snapshot interval (paused). */
    public void step() {
        pause();
        if (status.finished()) {
            restart(false);
        }
        lane.step();
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
        messages.error(text);
    }

    public void info(String text) {
        messages.info(text);
    }

    /**
     * Starts run id+1 of the current session. The old run's data is dropped at once, so no chart
     * ever mixes runs; until the new run's first batch arrives, a PDE result for the same session
     * shows the new initialization (its setup is the same deterministic {@link Setup}).
     */
    private void restart(boolean play) {
        runs.replaced(lane.record());
        long id = status.next(play);
        lane.clearRun();
        lane.restart(id, session.get(), play);
    }

    // ---- per frame, FX thread ----

    private void drain() {
        boolean changed = redraw;
        redraw = false;
        changed |= lane.drain(sessionPdeFrom, session.get());
        changed |= kernelFlows.drain(messages::error);
        designs.drain(session.get(), d -> apply(session.get().withDistribution(d.rho())), messages);
        if (changed) {
            lane.publish(kernelFlows);
        }
    }

    /** Stops the animation timer and the background threads. */
    @Override
    public void close() {
        frames.stop();
        lane.close();
        kernelFlows.close();
        runs.close();
        designs.close();
    }

    // ---- read-only properties ----

    public ReadOnlyObjectProperty<Session> sessionProperty() { return session.getReadOnlyProperty(); }
    public Session getSession() { return session.get(); }
    /** The setup of the newest run. */
    public ReadOnlyObjectProperty<Setup> setupProperty() { return lane.setupProperty(); }
    /** What the charts draw now (of the newest run, whose setup says its dimension); null before the first snapshot. */
    public ReadOnlyObjectProperty<ChartData> chartDataProperty() { return lane.dataProperty(); }
    public ReadOnlyObjectProperty<Theme> themeProperty() { return theme.getReadOnlyProperty(); }
    /** The run list, the comparison, the time scrubber and studies. */
    public RunsModel runs() { return runs; }
    public ReadOnlyBooleanProperty runningProperty() { return status.runningProperty(); }
    public ReadOnlyLongProperty runIdProperty() { return status.runIdProperty(); }
    public ReadOnlyLongProperty stepProperty() { return readouts.stepProperty(); }
    public ReadOnlyDoubleProperty timeProperty() { return readouts.timeProperty(); }
    public ReadOnlyDoubleProperty lossProperty() { return readouts.lossProperty(); }
    public ReadOnlyDoubleProperty stepsPerSecondProperty() { return readouts.stepsPerSecondProperty(); }
    public ReadOnlyDoubleProperty agreementProperty() { return readouts.agreementProperty(); }
    /** True while the session's learning rate is above the stability limit: the network oscillates and no distance to the PDE is meaningful. */
    public ReadOnlyBooleanProperty aboveStabilityLimitProperty() { return readouts.aboveStabilityLimitProperty(); }
    /** Whether the kernel flow of {@code kind} is computed and drawn (2-layer sessions only); off at start. */
    public BooleanProperty kernelFlowShownProperty(KernelFlowKind kind) { return kernelFlows.shownProperty(kind); }
    public ReadOnlyBooleanProperty kernelFlowComputingProperty(KernelFlowKind kind) { return kernelFlows.computingProperty(kind); }
    /** Wall time of the last computation of the kernel flow of {@code kind}, NaN before the first. */
    public ReadOnlyDoubleProperty kernelFlowMillisProperty(KernelFlowKind kind) { return kernelFlows.millisProperty(kind); }
    /** Agreement of the kernel limit with the PDE at the current time, NaN unless both are shown. */
    public ReadOnlyDoubleProperty kernelAgreementProperty() { return readouts.kernelAgreementProperty(); }
    /** Distance of the network from the linearized network at the current time, NaN unless it is shown. */
    public ReadOnlyDoubleProperty linearizedDistanceProperty() { return readouts.linearizedDistanceProperty(); }
    public ReadOnlyDoubleProperty solveMillisProperty() { return readouts.solveMillisProperty(); }
    public ReadOnlyLongProperty pdeSolvesProperty() { return readouts.pdeSolvesProperty(); }
    /** The learning times wanted (null: none chosen): set by a preset or by dragging its points on the learning-time chart. */
    public ObjectProperty<WantedTimes> wantedTimesProperty() { return designs.wantedProperty(); }
    /** The design applied last, while the session still has its rho; null otherwise. */
    public ReadOnlyObjectProperty<Design> designProperty() { return designs.designProperty(); }
    public ReadOnlyBooleanProperty designingProperty() { return designs.runningProperty(); }
    /** "solve 3 of at most 20: 2.8 % from the wanted shape" while designing, empty otherwise. */
    public ReadOnlyStringProperty designProgressProperty() { return designs.progressProperty(); }
    public ReadOnlyStringProperty messageProperty() { return messages.messageProperty(); }
    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messages.isErrorProperty(); }
}
