package org.freqbias.core.experiment;

/** Training produced a non-finite loss or parameter. */
public class DivergenceException extends RuntimeException {

    private final int step;

    public DivergenceException(int step, double learningRate) {
        super("training diverged at step " + step + " (the loss is no longer a finite number); "
                + "try a smaller learning rate, e.g. " + learningRate / 4);
        this.step = step;
    }

    public int step() {
        return step;
    }
}
