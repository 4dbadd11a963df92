package org.freqbias.app.model;

import org.freqbias.core.pde.PdeTrajectory;

/**
 * One finished PDE solve: request id, the trajectory at the session's snapshot times, and the
 * wall time of the solve. {@code error} is non-null (and the trajectory null) when it failed.
 */
public record PdeResult(long id, PdeTrajectory trajectory, double millis, String error) {
}
