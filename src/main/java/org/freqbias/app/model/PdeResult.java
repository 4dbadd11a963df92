package org.freqbias.app.model;

import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.experiment.Setup;

/**
 * One finished PDE solve: request id, the setup it was solved for, the prediction at the setup's
 * snapshot times, and the wall time of the solve. {@code error} is non-null when it failed.
 */
public record PdeResult(long id, Setup setup, Prediction prediction, double millis, String error) {
}
