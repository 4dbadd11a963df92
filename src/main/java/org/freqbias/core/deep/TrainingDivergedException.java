package org.freqbias.core.deep;

/** The loss or its gradient stopped being finite; the trainer's parameters were left unchanged. */
public final class TrainingDivergedException extends ArithmeticException {

    private final long step;

    public TrainingDivergedException(long step, double learningRate) {
        super("training diverged at step " + step + " (the loss or its gradient is no longer a finite number); "
                + "try a smaller learning rate, e.g. " + learningRate / 4);
        this.step = step;
    }

    /** The number of updates that had been applied when divergence was detected. */
    public long step() {
        return step;
    }
}
