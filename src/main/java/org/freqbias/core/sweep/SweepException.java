package org.freqbias.core.sweep;

/** A sweep that cannot be built or collected: names the option, key or folder and says what to change. */
public class SweepException extends IllegalArgumentException {

    public SweepException(String problem) {
        super(problem);
    }
}
