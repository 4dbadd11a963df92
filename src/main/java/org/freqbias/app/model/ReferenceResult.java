package org.freqbias.app.model;

import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.session.Session;

/**
 * One finished kernel-view computation: request id, the configuration it was computed for (see
 * {@link ReferenceFlowService#configuration}), |r^(xi, t)| and Loss(t) of the residual evolved by
 * the view's kernel at the run's snapshot times (a {@link PdeTrajectory}: same shape as the PDE's,
 * so charts and distances read both alike), and the wall time of the computation. {@code error} is
 * non-null (trajectory null) when it failed.
 */
public record ReferenceResult(long id, Session configuration, PdeTrajectory trajectory, double millis, String error) {
}
