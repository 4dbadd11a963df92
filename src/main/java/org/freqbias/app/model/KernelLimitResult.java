package org.freqbias.app.model;

import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.session.Session;

/**
 * One finished kernel-limit computation: request id, the configuration it was computed for (see
 * {@link KernelLimitService#configuration}), |r^(xi, t)| and Loss(t) of the residual evolved by the
 * infinite-width kernel at the run's snapshot times (a {@link PdeTrajectory}: same shape as the
 * PDE's, so charts and agreement read both alike), and the wall time of the computation.
 * {@code error} is non-null (trajectory null) when it failed.
 */
public record KernelLimitResult(long id, Session configuration, PdeTrajectory trajectory, double millis, String error) {
}
