package org.freqbias.core.net;

/** Gradient descent produced a non-finite loss or parameter: the learning rate is too large. */
public final class TrainingDivergedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final long step;

    public TrainingDivergedException(long step, double loss, double learningRate) {
        super("training diverged at step " + step + ": the loss became " + loss + " with learning rate "
                + learningRate + "; try a smaller learning rate (e.g. " + learningRate / 10 + ")");
        this.step = step;
    }

    /** The number of steps done when divergence was detected. */
    public long step() {
        return step;
    }
}
