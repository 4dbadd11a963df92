package org.freqbias.app.model;

/**
 * Keeps the current run for comparison with the runs after it: the lesson action "pin". The run
 * list (recorded runs) implements it; the lesson player only calls it.
 */
@FunctionalInterface
public interface RunPinning {

    /** Pins the run the model shows now; FX thread. */
    void pinCurrentRun();
}
