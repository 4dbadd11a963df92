package org.freqbias.app.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The live figures the status bar and the PDE panel show: the newest snapshot's step, time and
 * loss, the training speed, the PDE's solve time and count, and the distances between network,
 * PDE and kernel flows now, and whether the learning rate is above the stability limit (the
 * distance to the PDE then means nothing: the network oscillates). FX thread only.
 */
final class Readouts {

    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyDoubleWrapper loss = new ReadOnlyDoubleWrapper(this, "loss", Double.NaN);
    private final ReadOnlyDoubleWrapper stepsPerSecond = new ReadOnlyDoubleWrapper(this, "stepsPerSecond");
    private final ReadOnlyDoubleWrapper agreement = new ReadOnlyDoubleWrapper(this, "agreement", Double.NaN);
    private final ReadOnlyDoubleWrapper kernelAgreement = new ReadOnlyDoubleWrapper(this, "kernelAgreement", Double.NaN);
    private final ReadOnlyDoubleWrapper linearizedDistance = new ReadOnlyDoubleWrapper(this, "linearizedDistance", Double.NaN);
    private final ReadOnlyDoubleWrapper solveMillis = new ReadOnlyDoubleWrapper(this, "solveMillis", Double.NaN);
    private final ReadOnlyLongWrapper pdeSolves = new ReadOnlyLongWrapper(this, "pdeSolves");
    private final ReadOnlyBooleanWrapper aboveStabilityLimit = new ReadOnlyBooleanWrapper(this, "aboveStabilityLimit");

    /** The newest snapshot's step, time and loss. */
    void snapshot(int s, double t, double l) {
        step.set(s);
        time.set(t);
        loss.set(l);
    }

    void stepsPerSecond(double rate) {
        stepsPerSecond.set(rate);
    }

    void solveMillis(double millis) {
        solveMillis.set(millis);
    }

    /** Whether the current session's learning rate is above its stability limit (false when the limit is unknown). */
    void aboveStabilityLimit(boolean above) {
        aboveStabilityLimit.set(above);
    }

    /** Counts one more PDE solve shown. */
    void countSolve() {
        pdeSolves.set(pdeSolves.get() + 1);
    }

    /** The distances of {@code data} now: network vs PDE, kernel limit vs PDE, network vs linearized network. */
    void distances(ChartData data) {
        agreement.set(data.networkVsPde());
        kernelAgreement.set(data.vsPde(KernelFlowKind.KERNEL_LIMIT));
        linearizedDistance.set(data.networkVs(KernelFlowKind.LINEARIZED));
    }

    ReadOnlyLongProperty stepProperty() { return step.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty timeProperty() { return time.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty lossProperty() { return loss.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty stepsPerSecondProperty() { return stepsPerSecond.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty agreementProperty() { return agreement.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty kernelAgreementProperty() { return kernelAgreement.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty linearizedDistanceProperty() { return linearizedDistance.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty solveMillisProperty() { return solveMillis.getReadOnlyProperty(); }
    ReadOnlyLongProperty pdeSolvesProperty() { return pdeSolves.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty aboveStabilityLimitProperty() { return aboveStabilityLimit.getReadOnlyProperty(); }
}
