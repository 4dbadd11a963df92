package org.freqbias.app.model;

import org.freqbias.core.session.Session;

/**
 * One finished kernel-view computation: request id, the configuration it was computed for (see
 * {@link ReferenceFlowService#configuration}), |r^(xi, t)| and Loss(t) of the residual evolved by
 * the view's kernel at the run's snapshot times (shaped like the PDE's prediction of the dimension:
 * a {@code SpectrumTrajectory} in 1D, a {@code SpectrumTrajectory} in 2D, so charts and distances read both
 * alike), and the wall time of the computation. {@code error} is non-null (trajectory null) when it
 * failed.
 *
 * @param <T> the trajectory type
 */
public record ReferenceResult<T>(long id, Session configuration, T trajectory, double millis, String error) {
}
